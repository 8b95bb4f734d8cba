-- Every live article report of a deal, with the sentence that states it and what it reported.
select
    deal_id,
    article_deal_id,
    article_id,
    evidence_text,
    start_char,
    end_char,
    announced_date as announced_date_reported,
    amount as amount_reported,
    currency as currency_reported,
    summary as summary_reported,
    published_date,
    is_stale,
    report_rank = 1 as is_chosen
from {{ ref('int_deals_usd') }}
