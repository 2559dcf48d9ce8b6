//! `tendik-render`: the print desk's command. Any widget, width, language and theme, as SVG
//! (text as outlines), PNG at any scale or vector PDF, on the embedded data or a newsroom's
//! own JSON; and the build's static renders (`--site`).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tendik_core::chart::Theme;
use tendik_core::figure::Preset;
use tendik_core::widgets::{Widget, WidgetKind};
use tendik_core::Lang;
use tendik_render::{pages, site, Format, RenderError, Renderer, Request, Size};

const USAGE: &str = "\
usage: tendik-render WIDGET [options]        one image
       tendik-render all -o DIR [options]     every widget (and language, theme) into DIR
       tendik-render --site DIST              the build's static renders (DIST/static/) and chart
                                              pages (DIST/chart/; absolute URLs from
                                              TENDIK_BASE_URL, default http://127.0.0.1:8080/)

WIDGET: {widgets}

options:
  --lang en|ru|kk          language (default en; with `all`: each, unless given)
  --theme light|dark       theme (default light; with `all`: both, unless given)
  --width PX               width of the figure in CSS pixels (default 640)
  --scale N                pixels per CSS pixel of PNG and SVG (default 1; 2 for retina)
  --preset P               640, 1200, 2400 or square (1080x1080): fixes width, scale and
                           type scale, whatever --width and --scale say
  --format svg|png|pdf     default: the output file's extension, else svg
  --data FILE              a newsroom's own figures as JSON (docs/user-data.md)
  --chart-only             the chart alone, as the live canvas draws it
  -o, --output PATH        the file to write (`-`: standard output); with `all` a folder.
                           Default: WIDGET-LANG-THEME-WIDTH.FORMAT here

Fonts: Noto Sans and DejaVu Sans, from Debian's folders or TENDIK_FONT_DIR.";

/// The usage text, naming the registered widgets.
fn usage() -> String {
    USAGE.replace(
        "{widgets}",
        &tendik_core::widgets::WidgetKind::known_names(),
    )
}

#[derive(Default)]
struct Args {
    target: Option<String>,
    site: Option<PathBuf>,
    lang: Option<Lang>,
    theme: Option<Theme>,
    width: Option<f64>,
    scale: Option<f64>,
    preset: Option<Preset>,
    format: Option<Format>,
    data: Option<PathBuf>,
    chart_only: bool,
    output: Option<PathBuf>,
}

fn bad(message: String) -> RenderError {
    RenderError(format!("{message}\n\n{}", usage()))
}

fn number(flag: &str, value: &str, min: f64, max: f64) -> Result<f64, RenderError> {
    value
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && (min..=max).contains(v))
        .ok_or_else(|| {
            bad(format!(
                "{flag} wants a number from {min} to {max}, got {value:?}"
            ))
        })
}

fn parse(args: impl Iterator<Item = String>) -> Result<Option<Args>, RenderError> {
    let mut out = Args::default();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| {
            args.next()
                .ok_or_else(|| bad(format!("{flag} needs a value")))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--site" => out.site = Some(PathBuf::from(value("--site")?)),
            "--lang" => {
                let v = value("--lang")?;
                out.lang = Some(
                    Lang::from_tag(&v)
                        .ok_or_else(|| bad(format!("--lang is en, ru or kk, not {v:?}")))?,
                );
            }
            "--theme" => {
                let v = value("--theme")?;
                out.theme = Some(
                    Theme::from_name(&v)
                        .ok_or_else(|| bad(format!("--theme is light or dark, not {v:?}")))?,
                );
            }
            "--width" => out.width = Some(number("--width", &value("--width")?, 240.0, 4000.0)?),
            "--scale" => out.scale = Some(number("--scale", &value("--scale")?, 0.25, 8.0)?),
            "--preset" => {
                let v = value("--preset")?;
                out.preset = Some(Preset::from_name(&v).ok_or_else(|| {
                    bad(format!("--preset is 640, 1200, 2400 or square, not {v:?}"))
                })?);
            }
            "--format" => {
                let v = value("--format")?;
                out.format = Some(
                    Format::from_name(&v)
                        .ok_or_else(|| bad(format!("--format is svg, png or pdf, not {v:?}")))?,
                );
            }
            "--data" => out.data = Some(PathBuf::from(value("--data")?)),
            "--chart-only" => out.chart_only = true,
            "-o" | "--output" => out.output = Some(PathBuf::from(value(&arg)?)),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(bad(format!("unknown option {flag}")))
            }
            target => {
                if out.target.replace(target.to_string()).is_some() {
                    return Err(bad(format!("one WIDGET (or all), not also {target:?}")));
                }
            }
        }
    }
    Ok(Some(out))
}

fn size(args: &Args) -> Size {
    match args.preset {
        Some(p) => Size::Preset(p),
        None => Size::Width {
            width: args.width.unwrap_or(640.0),
            scale: args.scale.unwrap_or(1.0),
        },
    }
}

fn widget(kind: WidgetKind, lang: Lang, data: Option<&Path>) -> Result<Widget, RenderError> {
    let Some(path) = data else {
        return Ok(kind.embedded(lang));
    };
    let json = std::fs::read_to_string(path)
        .map_err(|e| RenderError(format!("cannot read {}: {e}", path.display())))?;
    tendik_core::userdata::parse_widget(kind, &json, lang)
        .map_err(|e| RenderError(format!("{}: {e}", path.display())))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), RenderError> {
    if path == Path::new("-") {
        return std::io::stdout()
            .write_all(bytes)
            .map_err(|e| RenderError(format!("cannot write to standard output: {e}")));
    }
    std::fs::write(path, bytes)
        .map_err(|e| RenderError(format!("cannot write {}: {e}", path.display())))
}

fn one(renderer: &Renderer, kind: WidgetKind, args: &Args) -> Result<(), RenderError> {
    let lang = args.lang.unwrap_or_default();
    let theme = args.theme.unwrap_or_default();
    let format = args
        .format
        .or_else(|| {
            args.output
                .as_ref()
                .and_then(|o| o.extension())
                .and_then(|e| Format::from_name(&e.to_string_lossy()))
        })
        .unwrap_or(Format::Svg);
    let size = size(args);
    let w = widget(kind, lang, args.data.as_deref())?;
    let request = Request {
        widget: &w,
        lang,
        theme,
        size,
        chart_only: args.chart_only,
    };
    let bytes = renderer.render(&request, format)?;
    let output = args.output.clone().unwrap_or_else(|| {
        let width = match size {
            Size::Width { width, .. } => width.to_string(),
            Size::Preset(p) => p.name().to_string(),
        };
        PathBuf::from(format!(
            "{}-{}-{}-{width}.{}",
            kind.name(),
            lang.tag(),
            theme.name(),
            format.extension()
        ))
    });
    write(&output, &bytes)?;
    if output != Path::new("-") {
        eprintln!(
            "tendik-render: wrote {} ({} bytes)",
            output.display(),
            bytes.len()
        );
    }
    Ok(())
}

fn run() -> Result<(), RenderError> {
    let Some(args) = parse(std::env::args().skip(1))? else {
        println!("{}", usage());
        return Ok(());
    };
    let renderer = Renderer::from_env()?;
    if let Some(dist) = &args.site {
        let started = std::time::Instant::now();
        let base = pages::base_url_from_env()?;
        let index = site::build(&renderer, dist)?;
        let n = pages::build(&renderer, dist, &index.images, &base)?;
        eprintln!(
            "tendik-render: {} static renders in {}, {n} chart pages under {base}chart/ ({:.1} s)",
            index.files,
            dist.join(site::INDEX).display(),
            started.elapsed().as_secs_f64()
        );
        return Ok(());
    }
    let target = args
        .target
        .as_deref()
        .ok_or_else(|| bad("name a widget (or all)".into()))?;
    if target == "all" {
        if args.data.is_some() {
            return Err(bad("--data is for one widget, not all".into()));
        }
        let dir = args
            .output
            .clone()
            .ok_or_else(|| bad("all needs -o DIR".into()))?;
        let langs = args.lang.map_or(Lang::ALL.to_vec(), |l| vec![l]);
        let themes = args
            .theme
            .map_or(vec![Theme::Light, Theme::Dark], |t| vec![t]);
        let format = args.format.unwrap_or(Format::Png);
        let n = site::batch(
            &renderer,
            &dir,
            &langs,
            &themes,
            size(&args),
            format,
            args.chart_only,
        )?;
        eprintln!("tendik-render: {n} images in {}", dir.display());
        return Ok(());
    }
    let kind = WidgetKind::from_name(target).ok_or_else(|| {
        bad(format!(
            "unknown widget {target:?}; known: {}",
            WidgetKind::known_names()
        ))
    })?;
    one(&renderer, kind, &args)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tendik-render: {e}");
            ExitCode::FAILURE
        }
    }
}
