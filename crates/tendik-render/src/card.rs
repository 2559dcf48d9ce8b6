//! The social card of a chart: 1200 × 630 pixels (what Open Graph and Twitter's large
//! card show), seen mostly as a thumbnail 300 to 500 px wide. So it carries little, large:
//! the title on the left, the chart on the right as big as it fits, the source and the
//! credit at the bottom. Drawn by the same painter and chart code as every other figure.

use tendik_core::chart::offset::Offset;
use tendik_core::chart::svg::SvgBackend;
use tendik_core::chart::{Frame, Label, Painter, Theme, Weight};
use tendik_core::figure;
use tendik_core::widgets::{Content, Widget};
use tendik_core::Lang;

use crate::{RenderError, Renderer};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const MARGIN: f64 = 56.0;
/// The text column; the chart takes the rest, right of a gutter.
const COLUMN: f64 = 470.0;
const GUTTER: f64 = 40.0;
/// Title sizes tried in turn until the title fits in `TITLE_LINES` lines.
const TITLE_SIZES: [f64; 5] = [48.0, 44.0, 40.0, 36.0, 32.0];
const TITLE_LINES: usize = 5;
const SOURCE_SIZE: f64 = 24.0;
/// The source gets what room the title leaves, at least this many lines.
const SOURCE_LINES: usize = 3;
const CREDIT_SIZE: f64 = 26.0;
/// Layout widths (CSS px) the chart is tried at: the one drawn largest in its box wins.
const CHART_WIDTHS: [f64; 6] = [480.0, 540.0, 600.0, 680.0, 760.0, 840.0];

struct Lines {
    lines: Vec<String>,
    size: f64,
    line_height: f64,
    /// Every line fits the column (a no-break space may keep a line wider).
    fits: bool,
}

fn set(
    renderer: &Renderer,
    text: &str,
    size: f64,
    weight: Weight,
    leading: f64,
    max_lines: usize,
) -> Lines {
    let measure = |t: &str, s: f64, w: Weight| renderer.measure(t, s, w);
    let mut lines = figure::wrap(text, size, weight, COLUMN, &measure);
    if lines.len() > max_lines {
        // Cut at a word, with an ellipsis: the page and the alt text say it all.
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && renderer.measure(&format!("{last} …"), size, weight) > COLUMN
            {
                match last.rfind(' ') {
                    Some(i) => last.truncate(i),
                    None => last.clear(),
                }
            }
            last.push_str(" …");
        }
    }
    let fits = lines
        .iter()
        .all(|l| renderer.measure(l, size, weight) <= COLUMN);
    Lines {
        lines,
        size,
        line_height: (size * leading).round(),
        fits,
    }
}

/// The chart's layout width and the scale that draws it largest inside `w` × `h` pixels.
fn chart_fit(widget: &Widget, lang: Lang, w: f64, h: f64) -> (Frame, f64) {
    let frame = |width| Frame {
        width,
        scale: 1.0,
        theme: Theme::Light,
        lang,
    };
    let (width, height, scale) = CHART_WIDTHS
        .iter()
        .map(|&width| {
            let height = widget.height(&frame(width));
            (width, height, (w / width).min(h / height))
        })
        .fold(
            (0.0, 0.0, 0.0),
            |best, c| if c.2 > best.2 { c } else { best },
        );
    (
        Frame {
            scale,
            ..frame(width)
        },
        height,
    )
}

/// The card as the composer's SVG (text as text; the renderer outlines or rasterises it).
pub fn svg(
    renderer: &Renderer,
    widget: &Widget,
    content: &Content,
    lang: Lang,
) -> Result<String, RenderError> {
    let pal = tendik_core::chart::Palette::for_theme(Theme::Light);
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    let title = TITLE_SIZES
        .iter()
        .map(|&s| set(renderer, &content.title, s, Weight::Bold, 1.2, TITLE_LINES))
        .find(|t| t.lines.len() < TITLE_LINES && t.fits)
        .unwrap_or_else(|| {
            set(
                renderer,
                &content.title,
                TITLE_SIZES[TITLE_SIZES.len() - 1],
                Weight::Bold,
                1.2,
                TITLE_LINES,
            )
        });
    let title_top = MARGIN + CREDIT_SIZE * 1.2 + 24.0;
    let title_bottom = title_top + title.lines.len() as f64 * title.line_height;
    let source_room = ((h - MARGIN - title_bottom - 32.0) / (SOURCE_SIZE * 1.3).round()) as usize;
    let source = set(
        renderer,
        &content.source,
        SOURCE_SIZE,
        Weight::Normal,
        1.3,
        source_room.max(SOURCE_LINES),
    );

    let mut db = SvgBackend::new((WIDTH, HEIGHT));
    {
        let mut p = Painter::new(&mut db, 1.0);
        p.fill(pal.background)?;
        // A band in the colour the suite gives women: the card reads as Tendik's at a glance.
        p.rect(0.0, 0.0, w, 10.0, pal.women)?;
        let credit_mid = MARGIN + CREDIT_SIZE * 0.6;
        p.text(
            tendik_core::i18n::PRODUCT.get(lang),
            MARGIN,
            credit_mid,
            Label::new(CREDIT_SIZE, pal.women).bold(),
        )?;
        let mut y = title_top;
        for line in &title.lines {
            p.text(
                line,
                MARGIN,
                y + title.line_height / 2.0,
                Label::new(title.size, pal.text).bold(),
            )?;
            y += title.line_height;
        }
        let mut y = h - MARGIN - source.lines.len() as f64 * source.line_height;
        for line in &source.lines {
            p.text(
                line,
                MARGIN,
                y + source.line_height / 2.0,
                Label::new(source.size, pal.muted),
            )?;
            y += source.line_height;
        }
    }
    let left = MARGIN + COLUMN + GUTTER;
    let (box_w, box_h) = (w - MARGIN - left, h - 2.0 * MARGIN);
    let (frame, chart_h) = chart_fit(widget, lang, box_w, box_h);
    let size = frame.backing_size(chart_h);
    let origin = (
        (left + (box_w - f64::from(size.0)) / 2.0).round() as i32,
        (MARGIN + (box_h - f64::from(size.1)) / 2.0).round() as i32,
    );
    widget.draw(&mut Offset::new(&mut db, origin, size), &frame)?;
    Ok(db.finish())
}

/// The card as PNG.
pub fn png(
    renderer: &Renderer,
    widget: &Widget,
    content: &Content,
    lang: Lang,
) -> Result<Vec<u8>, RenderError> {
    let svg = svg(renderer, widget, content, lang)?;
    renderer.png(&renderer.tree(&svg)?)
}
