"""One Vega-Altair chart per report section, each drawn from the rows of one query in queries/.

Rows arrive as dicts (column name -> value) straight from DuckDB; dates are already ISO strings.
Presentation only: labels and the network layout are computed here, every number comes from the SQL.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import altair as alt
import networkx as nx

Row = dict[str, Any]

# The network stays legible with this many organizations; the busiest ones are kept.
MAX_NETWORK_ORGANIZATIONS = 60
CHART_WIDTH = 640
CONFLICT_COLOR = "#d62728"


def deal_type_scale(*row_sets: list[Row]) -> alt.Scale:
    """One colour per deal type, the same in every chart that shows deal types."""
    types = sorted({row["deal_type"] for rows in row_sets for row in rows if row.get("deal_type")})
    return alt.Scale(domain=types, scheme="tableau10")


def cloud_revenue_chart(rows: list[Row]) -> alt.TopLevelMixin:
    """Bars in USD (comparable across companies), labelled with the figure as reported; conflicts in red."""
    values = [
        {
            **row,
            "company_period": f"{row['organization_name']} · {row['period_label']}",
            "reported_text": _reported_text(row),
        }
        for row in rows
    ]
    order = [v["company_period"] for v in values]
    # Room to the right of the longest bar for its label.
    longest = max((v["revenue_usd_bn"] or 0 for v in values), default=0) or 1
    x_scale = alt.Scale(domain=[0, longest * 1.45])
    base = alt.Chart(alt.Data(values=values)).encode(
        y=alt.Y("company_period:N", sort=list(dict.fromkeys(order)), title=None),
        yOffset=alt.YOffset("reported_currency:N"),
    )
    bars = base.mark_bar(strokeWidth=3).encode(
        x=alt.X("revenue_usd_bn:Q", title="cloud revenue, USD bn", scale=x_scale),
        color=alt.Color("reported_currency:N", title="reported currency"),
        stroke=alt.condition("datum.has_conflict", alt.value(CONFLICT_COLOR), alt.value(None)),
        tooltip=["organization_name:N", "period_label:N", "period_end:N", "reported_currency:N",
                 "revenue_reported:Q", "revenue_usd_bn:Q", "has_conflict:N", "source_count:Q"],
    )
    labels = base.mark_text(align="left", dx=4).encode(
        x=alt.X("revenue_usd_bn:Q", scale=x_scale),
        text="reported_text:N",
        color=alt.condition("datum.has_conflict", alt.value(CONFLICT_COLOR), alt.value("#333333")),
    )
    return (bars + labels).properties(
        width=CHART_WIDTH, title="Cloud revenue by company and period (bar: USD; label: as reported)"
    )


def _reported_text(row: Row) -> str:
    currency, amount = row["reported_currency"], row.get("revenue_reported_bn")
    text = f"{currency} {amount:g} bn" if amount is not None else str(currency)
    if row.get("revenue_usd_bn") is None:
        text += " (no USD rate for that year)"
    return text + (" ⚠ conflicting reports" if row.get("has_conflict") else "")


def deal_network_chart(edges: list[Row], colors: alt.Scale) -> alt.TopLevelMixin:
    """Organizations as nodes (placed by a seeded spring layout), deals as edges coloured by type."""
    edge_values, node_values = _network_layout(edges)
    scale = alt.Scale(domain=[-1.25, 1.25])
    lines = alt.Chart(alt.Data(values=edge_values)).mark_rule(opacity=0.8).encode(
        x=alt.X("x:Q", axis=None, scale=scale), y=alt.Y("y:Q", axis=None, scale=scale),
        x2="x2:Q", y2="y2:Q",
        color=alt.Color("deal_type:N", scale=colors, title="deal type"),
        strokeWidth=alt.StrokeWidth("deal_count:Q", scale=alt.Scale(range=[3, 8]), legend=None),
        tooltip=["organization_a:N", "organization_b:N", "deal_type:N", "deal_count:Q",
                 "reporting_articles:Q"],
    )
    nodes = alt.Chart(alt.Data(values=node_values)).encode(
        x=alt.X("x:Q", axis=None, scale=scale), y=alt.Y("y:Q", axis=None, scale=scale),
    )
    dots = nodes.mark_circle(color="#4c4c4c", opacity=0.9).encode(
        size=alt.Size("deals:Q", scale=alt.Scale(range=[60, 400]), legend=None),
        tooltip=["organization:N", "deals:Q"],
    )
    names = nodes.mark_text(dy=-12, fontSize=11).encode(text="organization:N")
    shown = f"{len(node_values)} of {_count_orgs(edges)} organizations"
    if len(node_values) < _count_orgs(edges):
        shown += f" (the {MAX_NETWORK_ORGANIZATIONS} with the most deals)"
    return (lines + dots + names).properties(
        width=CHART_WIDTH, height=480, title=alt.Title("Deal network", subtitle=shown)
    )


def _network_layout(edges: list[Row]) -> tuple[list[Row], list[Row]]:
    """Edges with their end points' coordinates, and nodes with their number of deals."""
    kept = _busiest_organizations(edges)
    edges = [e for e in edges if e["organization_a"] in kept and e["organization_b"] in kept]
    graph = nx.Graph()
    graph.add_edges_from((e["organization_a"], e["organization_b"]) for e in edges)
    # Seeded: the same warehouse gives the same picture every night.
    positions = {name: (float(x), float(y)) for name, (x, y) in nx.spring_layout(graph, seed=13).items()} \
        if graph.number_of_nodes() else {}
    edge_values = [
        {**e, "x": positions[e["organization_a"]][0], "y": positions[e["organization_a"]][1],
         "x2": positions[e["organization_b"]][0], "y2": positions[e["organization_b"]][1]}
        for e in edges
    ]
    deals = _deals_per_organization(edges)
    node_values = [{"organization": name, "x": x, "y": y, "deals": deals[name]}
                   for name, (x, y) in positions.items()]
    return edge_values, node_values


def _count_orgs(edges: list[Row]) -> int:
    return len({e["organization_a"] for e in edges} | {e["organization_b"] for e in edges})


def _deals_per_organization(edges: list[Row]) -> Counter[str]:
    deals: Counter[str] = Counter()
    for edge in edges:
        deals[edge["organization_a"]] += edge["deal_count"]
        deals[edge["organization_b"]] += edge["deal_count"]
    return deals


def _busiest_organizations(edges: list[Row]) -> set[str]:
    deals = _deals_per_organization(edges)
    ranked = sorted(deals, key=lambda name: (-deals[name], name))
    return set(ranked[:MAX_NETWORK_ORGANIZATIONS])


def deals_by_type_chart(rows: list[Row], colors: alt.Scale) -> alt.TopLevelMixin:
    """Stacked bars: deals per year, one colour per deal type. Undated deals get their own bar."""
    values = [{**row, "year": str(row["deal_year"]) if row.get("deal_year") is not None else "undated"}
              for row in rows]
    return alt.Chart(alt.Data(values=values)).mark_bar().encode(
        x=alt.X("year:N", title="year (announced, else first reported)"),
        y=alt.Y("sum(deal_count):Q", title="deals", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("deal_type:N", scale=colors, title="deal type"),
        tooltip=["year:N", "deal_type:N", "deal_count:Q", "disclosed_value_usd_mn:Q"],
    ).properties(width=CHART_WIDTH, title="Deals by type per year")


def latest_run_chart(rows: list[Row]) -> alt.TopLevelMixin:
    """The latest run's ingest and extraction counts as labelled bars."""
    # ISO timestamp to the minute: "2026-12-04T14:44:50.55" reads as "2026-12-04 14:44".
    run_at = str(rows[0]["latest_run_at"])[:16].replace("T", " ") if rows else "never"
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("measure:N", sort=[row["measure"] for row in rows], title=None),
        x=alt.X("n:Q", title="count", axis=alt.Axis(tickMinStep=1)),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("step:N", title="step"), tooltip=["step:N", "measure:N", "n:Q"])
    labels = base.mark_text(align="left", dx=4).encode(text="n:Q")
    return (bars + labels).properties(
        width=CHART_WIDTH, title=alt.Title("The latest run", subtitle=f"raw/ scanned at {run_at} UTC")
    )
