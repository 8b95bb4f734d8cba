-- Every live article report of a metric, with the text that states it and the value it reported.
select
    metric_id,
    article_metric_id,
    article_id,
    value as value_reported,
    unit,
    value_usd as value_usd_reported,
    evidence_text,
    start_char,
    end_char,
    published_date,
    is_stale,
    report_rank = 1 as is_chosen
from {{ ref('int_metrics_usd') }}
