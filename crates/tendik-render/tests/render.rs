//! Static renders: deterministic bytes, fonts that cover every letter, text where the
//! layout put it, outlines that draw what the text drew, PDFs with their fonts, and the
//! print-desk command.

use std::process::Command;

use resvg::usvg;
use tendik_core::chart::svg::{BASELINE_BOTTOM, BASELINE_MIDDLE, BASELINE_TOP};
use tendik_core::chart::{Frame, Theme, Weight};
use tendik_core::figure::{Figure, Preset};
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;
use tendik_render::{text_boxes, Format, Renderer, Request, Size};

fn renderer() -> Renderer {
    Renderer::from_env().expect("the fonts scripts/setup.sh installs")
}

fn frame(width: f64, theme: Theme, lang: Lang) -> Frame {
    Frame {
        width,
        scale: 1.0,
        theme,
        lang,
    }
}

#[test]
fn the_same_request_gives_the_same_bytes() {
    let (a, b) = (renderer(), renderer());
    for (kind, lang, theme) in [
        (kind("quota-gauge"), Lang::Kk, Theme::Dark),
        (kind("violence-trend"), Lang::Ru, Theme::Light),
        (kind("nap-timeline"), Lang::En, Theme::Dark),
    ] {
        let w = kind.embedded(lang);
        for size in [
            Size::Width {
                width: 640.0,
                scale: 2.0,
            },
            Size::Preset(Preset::Square),
        ] {
            let request = Request {
                widget: &w,
                lang,
                theme,
                size,
                chart_only: false,
            };
            for format in [Format::Svg, Format::Png, Format::Pdf] {
                let first = a.render(&request, format).unwrap();
                let second = b.render(&request, format).unwrap();
                assert!(first == second, "{kind:?} {lang:?} {format:?} differ");
            }
        }
    }
}

#[test]
fn the_canvas_baselines_are_the_fonts_own() {
    // The SVG backend places text as Chromium's canvas does, from Noto Sans's metrics.
    let (ascent, descent) = renderer().vertical_metrics();
    let em = ascent + descent;
    assert!((BASELINE_TOP - ascent / em).abs() < 1e-9);
    assert!((BASELINE_MIDDLE - (ascent - descent) / (2.0 * em)).abs() < 1e-9);
    assert!((BASELINE_BOTTOM + descent / em).abs() < 1e-9);
}

#[test]
fn the_main_face_has_every_kazakh_and_russian_letter() {
    let r = renderer();
    let letters = "ӘҒҚҢӨҰҮҺІәғқңөұүһі АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя «»—–№";
    assert_eq!(r.fallback_glyphs(letters), Vec::<char>::new());
}

/// Every string a figure draws, in every language, at the build's widths.
fn every_text(r: &Renderer) -> Vec<String> {
    let mut out = Vec::new();
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let w = kind.embedded(lang);
            for width in [360.0, 640.0] {
                let svg = r
                    .compose(&Request {
                        widget: &w,
                        lang,
                        theme: Theme::Light,
                        size: Size::Width { width, scale: 1.0 },
                        chart_only: false,
                    })
                    .unwrap();
                let tree = r.tree(&svg).unwrap();
                let mut texts = Vec::new();
                collect_texts(tree.root(), &mut texts);
                out.extend(texts);
            }
        }
    }
    out
}

fn collect_texts(group: &usvg::Group, out: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Text(t) => out.push(t.chunks().iter().map(|c| c.text()).collect()),
            usvg::Node::Group(g) => collect_texts(g, out),
            _ => {}
        }
    }
}

#[test]
fn no_character_of_any_figure_prints_as_a_box() {
    let r = renderer();
    let all = every_text(&r).join("\n");
    assert!(all.contains('қ') && all.contains('ы') && all.contains("115"));
    assert_eq!(r.missing_glyphs(&all), Vec::<char>::new());
    // Only these come from the fallback face (as they do in Chromium).
    for c in r.fallback_glyphs(&all) {
        assert!(
            ['\u{2212}', '\u{2264}', '\u{2265}', '\u{2192}'].contains(&c),
            "{c:?} U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn rendered_text_stays_in_its_line_and_inside_the_image() {
    let r = renderer();
    let measure = |t: &str, s: f64, w: Weight| r.measure(t, s, w);
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            let w = kind.embedded(lang);
            let c = w.content(lang);
            for width in [320.0, 360.0, 640.0, 1000.0] {
                let figure =
                    Figure::new(&w, &c, frame(width, Theme::Light, lang)).with_measure(&measure);
                let place = figure.placement();
                let tree = r.tree(&figure.svg().unwrap()).unwrap();
                let boxes = text_boxes(&tree);
                let lines = place.text_lines();
                assert!(boxes.len() >= lines.len());
                let label = format!("{kind:?} {lang:?} {width}");
                for ((name, text, line), [x, y, bw, bh]) in lines.iter().zip(&boxes) {
                    let (x, y, bw, bh) =
                        (f64::from(*x), f64::from(*y), f64::from(*bw), f64::from(*bh));
                    // Ink may overhang the advance a little (side bearings); 1.5 px at most.
                    assert!(
                        x >= line.x - 1.5 && x + bw <= line.right() + 1.5,
                        "{label} {name} {text:?}: ink {x}..{} outside {}..{}",
                        x + bw,
                        line.x,
                        line.right()
                    );
                    assert!(
                        y >= line.y && y + bh <= line.bottom(),
                        "{label} {name} {text:?}: ink {y}..{} outside the line {}..{}",
                        y + bh,
                        line.y,
                        line.bottom()
                    );
                }
                for [x, y, bw, bh] in &boxes {
                    let (x, y) = (f64::from(*x), f64::from(*y));
                    let (right, bottom) = (x + f64::from(*bw), y + f64::from(*bh));
                    assert!(
                        x >= 0.0 && y >= 0.0 && right <= place.width && bottom <= place.height,
                        "{label}: text at {x},{y}..{right},{bottom} outside the image {}×{}",
                        place.width,
                        place.height
                    );
                }
            }
        }
    }
}

fn pixels(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(png);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

#[test]
fn outlines_draw_what_the_text_drew_and_the_svg_has_no_text_left() {
    let r = renderer();
    for (kind, lang) in [
        (kind("crisis-centres"), Lang::Kk),
        (kind("violence-trend"), Lang::Ru),
        (kind("targets-2030"), Lang::En),
    ] {
        let w = kind.embedded(lang);
        let request = Request {
            widget: &w,
            lang,
            theme: Theme::Dark,
            size: Size::Width {
                width: 640.0,
                scale: 1.0,
            },
            chart_only: false,
        };
        let composed = r.compose(&request).unwrap();
        let outlined = String::from_utf8(r.render(&request, Format::Svg).unwrap()).unwrap();
        assert!(composed.contains("<text"));
        assert!(
            !outlined.contains("<text"),
            "{kind:?}: text left in the SVG"
        );
        let content = w.content(lang);
        assert!(outlined.contains(&format!(
            "<title>{}</title>",
            content.title.replace('&', "&amp;")
        )));
        assert!(outlined.contains("<desc>"));
        // Rasterised with no fonts at all, the outlined SVG draws what the text did.
        let bare = usvg::Tree::from_str(&outlined, &usvg::Options::default()).unwrap();
        let (w1, h1, a) = pixels(&r.png(&r.tree(&composed).unwrap()).unwrap());
        let (w2, h2, b) = pixels(&r.png(&bare).unwrap());
        assert_eq!((w1, h1), (w2, h2));
        let differing = a
            .iter()
            .zip(&b)
            .filter(|(x, y)| x.abs_diff(**y) > 8)
            .count();
        assert!(
            differing * 1000 < a.len(),
            "{kind:?}: {differing} of {} channels differ",
            a.len()
        );
    }
}

#[test]
fn the_pdf_is_vector_with_the_text_as_outlines() {
    let r = renderer();
    let w = kind("quota-gauge").embedded(Lang::Kk);
    let pdf = r
        .render(
            &Request {
                widget: &w,
                lang: Lang::Kk,
                theme: Theme::Dark,
                size: Size::Width {
                    width: 1200.0,
                    scale: 1.0,
                },
                chart_only: false,
            },
            Format::Pdf,
        )
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&pdf);
    // The text is drawn as outlines: the PDF needs no font, embedded or not.
    assert!(!text.contains("/Font"), "a font in the PDF");
    assert!(
        !text.contains("/Subtype /Image"),
        "a raster image in the PDF"
    );
    // 1200 CSS px at 96 dpi is 900 pt wide.
    assert!(
        text.contains("/MediaBox [0 0 900 "),
        "{}",
        &text[..text.len().min(600)]
    );
}

fn command(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tendik-render"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_print_desk_command_writes_svg_png_and_pdf() {
    let dir = std::env::temp_dir().join(format!("tendik-render-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = command(
        &[
            "quota-gauge",
            "--lang",
            "kk",
            "--theme",
            "dark",
            "--width",
            "1200",
            "--format",
            "pdf",
            "-o",
            "quota.pdf",
        ],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(dir.join("quota.pdf"))
        .unwrap()
        .starts_with(b"%PDF-"));

    let out = command(
        &[
            "violence-trend",
            "--lang",
            "ru",
            "--scale",
            "3",
            "-o",
            "trend.png",
        ],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (w, _, _) = pixels(&std::fs::read(dir.join("trend.png")).unwrap());
    assert_eq!(w, 640 * 3);

    // A newsroom's own figures.
    std::fs::write(
        dir.join("council.json"),
        r#"{ "title": "Women on the city council", "source": "City council, March 2024",
             "quota": 30, "bodies": [{ "label": "City council", "share": 23.1 }] }"#,
    )
    .unwrap();
    let out = command(
        &[
            "quota-gauge",
            "--data",
            "council.json",
            "--preset",
            "square",
            "-o",
            "council.svg",
        ],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(dir.join("council.svg")).unwrap();
    assert!(svg.contains("<title>Women on the city council</title>"));
    assert!(
        svg.contains("width=\"1080\" height=\"1080\""),
        "{}",
        &svg[..300]
    );

    // Mistakes are named, and nothing is written.
    let out = command(&["quota-gauge", "--data", "missing.json"], &dir);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.json"));
    std::fs::write(
        dir.join("bad.json"),
        r#"{ "source": "S", "quota": 30, "bodies": [{ "label": "A", "share": 130 }] }"#,
    )
    .unwrap();
    let out = command(&["quota-gauge", "--data", "bad.json"], &dir);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bodies[0].share"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = command(&["quota-gaug"], &dir);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown widget \"quota-gaug\""));
    let out = command(&["peacekeeping", "--theme", "sepia"], &dir);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--theme is light or dark"));
    std::fs::remove_dir_all(&dir).unwrap();
}

fn kind(name: &str) -> WidgetKind {
    WidgetKind::from_name(name).unwrap_or_else(|| panic!("no widget {name}"))
}
