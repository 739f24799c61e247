//! The detail pane: a report here; an official or a position in `career`.

use super::list::matched;
use super::{highlighted, theme::theme};
use crate::app::{App, Focus, View};
use crate::model::{Date, Report};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

/// Draws the detail of the selected item.
pub fn render_detail(app: &App, frame: &mut Frame, area: Rect) {
    let block = super::pane_block(app, Focus::Detail, "Detail");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(item) = app.selected_item() else {
        return;
    };
    let lines = match app.view {
        View::Reports => report_lines(app, &app.catalog.reports()[item]),
        View::Officials => {
            let id = crate::model::OfficialId::new(item);
            return super::career::render_official(app, id, frame, inner);
        }
        View::Positions => {
            let p = &app.catalog.positions()[item];
            return super::career::render_position(app, p, frame, inner);
        }
    };
    let p = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((app.detail_scroll, 0));
    frame.render_widget(p, inner);
}

fn label<'a>(app: &App, name: &'a str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{name}: "), theme(app.color).label),
        Span::raw(value),
    ])
}

fn opt_date(d: Option<Date>) -> String {
    d.map_or_else(|| "unknown".into(), |d| d.to_string())
}

fn or_unknown(s: Option<&str>) -> String {
    s.unwrap_or("unknown").to_string()
}

fn report_lines<'a>(app: &'a App, r: &'a Report) -> Vec<Line<'a>> {
    let t = theme(app.color);
    let q = app.filter_text();
    let title = r.title.as_deref().unwrap_or("(untitled)");
    let mut lines = vec![
        Line::from(highlighted(title, &matched(q, title), t.header, t.matched)),
        Line::raw(""),
    ];
    lines.push(label(app, "Event", opt_date(r.event_date)));
    lines.push(label(app, "Published", opt_date(r.published)));
    lines.push(label(app, "Source", or_unknown(r.source.as_deref())));
    lines.push(label(app, "Author", or_unknown(r.author.as_deref())));
    lines.push(label(app, "Level", or_unknown(r.level.map(|l| l.as_str()))));
    lines.push(label(app, "Kind", or_unknown(r.kind.as_deref())));
    lines.push(label(app, "Period", or_unknown(r.period.as_deref())));
    lines.push(label(app, "Places", r.places.join(", ")));
    lines.push(label(app, "File", r.file.clone()));
    lines.push(Line::styled("Officials", t.label));
    for m in &r.officials {
        let roles: Vec<&str> = m.roles.iter().map(|r| r.as_str()).collect();
        let mut spans = vec![Span::raw("  ")];
        spans.extend(highlighted(
            &m.name,
            &matched(q, &m.name),
            Style::default(),
            t.matched,
        ));
        spans.push(Span::styled(format!(" [{}] ", roles.join(", ")), t.dim));
        spans.push(Span::raw(m.titles.join("; ")));
        lines.push(Line::from(spans));
    }
    for (name, items) in [
        ("Documents", &r.documents),
        ("Figures", &r.figures),
        ("Movements", &r.movements),
    ] {
        if !items.is_empty() {
            lines.push(Line::styled(name, t.label));
            lines.extend(items.iter().map(|d| Line::raw(format!("  {d}"))));
        }
    }
    lines.push(Line::raw(""));
    for p in r.body.paragraphs() {
        lines.push(Line::raw(p));
        lines.push(Line::raw(""));
    }
    lines
}
