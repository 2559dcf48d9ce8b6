//! The app's state lives in the URL, so every view has a permalink that works on plain
//! static hosting and survives a reload: `?view=sources&widget=violence-trend&lang=kk`.
//! A figure's place is the fragment: its quote in its document,
//! `?view=document&doc=cedaw-replies#fig-dv-incidents-2022`, or its entry in Sources,
//! `?view=sources#figure-dv-incidents-2022`.

use tendik_core::chart::Theme;
use tendik_core::dataset;
use tendik_core::model::Seed;
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Dashboard,
    Sources,
    /// One seed document in full (or, without a valid `doc`, the list of documents).
    Document,
}

/// Fragment prefixes: a figure's quote in the document view, its entry in Sources.
pub const QUOTE_ANCHOR: &str = "fig-";
pub const ENTRY_ANCHOR: &str = "figure-";
/// How much of an unknown document name the app repeats back.
const MAX_ECHO: usize = 60;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct UrlState {
    pub view: View,
    pub lang: Lang,
    /// `None`: follow the reader's system setting.
    pub theme: Option<Theme>,
    /// The widget in focus: scrolled to on the dashboard, its figures in Sources.
    pub widget: Option<WidgetKind>,
    /// The Sources view's search text.
    pub query: String,
    /// The document view's document.
    pub doc: Option<Seed>,
    /// A `doc` that names no document (shown back to the reader, never written).
    pub unknown_doc: Option<String>,
    /// The figure in focus (the fragment): its quote, or its entry in Sources.
    pub figure: Option<&'static str>,
}

impl UrlState {
    /// Reads a query string and fragment; unknown or malformed values fall back to
    /// defaults (a bad permalink still opens the app).
    pub fn parse(search: &str, hash: &str) -> UrlState {
        let mut state = UrlState::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "view" if value == "sources" => state.view = View::Sources,
                "view" if value == "document" => state.view = View::Document,
                "lang" => state.lang = Lang::from_tag(&value).unwrap_or_default(),
                "theme" => state.theme = Theme::from_name(&value),
                "widget" => state.widget = WidgetKind::from_name(&value),
                "q" => state.query = value,
                "doc" => {
                    state.doc = Seed::from_name(&value);
                    if state.doc.is_none() {
                        state.unknown_doc = Some(value.chars().take(MAX_ECHO).collect());
                    }
                }
                _ => {}
            }
        }
        let hash = decode(hash.trim_start_matches('#'));
        let id = hash
            .strip_prefix(QUOTE_ANCHOR)
            .or_else(|| hash.strip_prefix(ENTRY_ANCHOR));
        let figure = id.and_then(dataset::figure);
        match state.view {
            View::Dashboard => {}
            View::Sources => state.figure = figure.map(|f| f.id),
            View::Document => {
                // The figure alone names its document; a figure of another one is ignored.
                if let Some(f) = figure {
                    if state.doc.is_none() && state.unknown_doc.is_none() {
                        state.doc = Some(f.seed);
                    }
                    if state.doc == Some(f.seed) {
                        state.figure = Some(f.id);
                    }
                }
            }
        }
        state
    }

    /// The state of the view that shows this figure's quote in its document.
    pub fn quote_of(&self, figure: &'static str) -> UrlState {
        UrlState {
            view: View::Document,
            lang: self.lang,
            theme: self.theme,
            doc: dataset::figure(figure).map(|f| f.seed),
            figure: Some(figure),
            ..UrlState::default()
        }
    }

    /// The state of the Sources view with this figure's entry in focus.
    pub fn entry_of(&self, figure: Option<&'static str>) -> UrlState {
        UrlState {
            view: View::Sources,
            lang: self.lang,
            theme: self.theme,
            figure,
            ..UrlState::default()
        }
    }

    /// The fragment for this state: `#fig-…` in the document view, `#figure-…` in Sources.
    pub fn fragment(&self) -> String {
        let prefix = match self.view {
            View::Dashboard => return String::new(),
            View::Sources => ENTRY_ANCHOR,
            View::Document => QUOTE_ANCHOR,
        };
        self.figure
            .map_or(String::new(), |id| format!("#{prefix}{id}"))
    }

    /// Query and fragment, for a link: `?view=document&doc=cedaw-replies#fig-…`; never
    /// empty (an empty `href` would not lead anywhere).
    pub fn href(&self) -> String {
        let query = self.to_query();
        let query = if query.is_empty() {
            "./".to_string()
        } else {
            query
        };
        format!("{query}{}", self.fragment())
    }

    /// The query string for this state, without defaults: `?lang=kk&widget=peacekeeping`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        match self.view {
            View::Dashboard => {}
            View::Sources => parts.push("view=sources".to_string()),
            View::Document => {
                parts.push("view=document".to_string());
                if let Some(doc) = self.doc {
                    parts.push(format!("doc={}", doc.name()));
                }
            }
        }
        if let Some(w) = self.widget {
            parts.push(format!("widget={}", w.name()));
        }
        if self.lang != Lang::En {
            parts.push(format!("lang={}", self.lang.tag()));
        }
        if let Some(t) = self.theme {
            parts.push(format!("theme={}", t.name()));
        }
        if self.view == View::Sources && !self.query.is_empty() {
            parts.push(format!("q={}", encode(&self.query)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    // A stray '%' is kept as written.
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permalinks_round_trip() {
        let state = UrlState {
            view: View::Sources,
            lang: Lang::Kk,
            theme: Some(Theme::Dark),
            widget: WidgetKind::from_name("violence-trend"),
            query: "crisis centres & 30%".into(),
            ..UrlState::default()
        };
        let q = state.to_query();
        assert_eq!(UrlState::parse(&q, ""), state);
        assert_eq!(UrlState::default().to_query(), "");
    }

    #[test]
    fn a_figure_has_a_permalink_to_its_quote_and_to_its_entry() {
        let base = UrlState {
            lang: Lang::Ru,
            ..UrlState::default()
        };
        let quote = base.quote_of("majilis-women-share");
        assert_eq!(
            quote.href(),
            "?view=document&doc=cedaw-replies&lang=ru#fig-majilis-women-share"
        );
        assert_eq!(UrlState::parse(&quote.to_query(), &quote.fragment()), quote);
        let entry = base.entry_of(Some("majilis-women-share"));
        assert_eq!(
            entry.href(),
            "?view=sources&lang=ru#figure-majilis-women-share"
        );
        assert_eq!(UrlState::parse(&entry.to_query(), &entry.fragment()), entry);
        // The fragment alone names the document.
        let s = UrlState::parse("?view=document", "#fig-dv-incidents-2022");
        assert_eq!(
            (s.doc, s.figure),
            (Some(Seed::CedawReplies), Some("dv-incidents-2022"))
        );
        assert_eq!(UrlState::default().href(), "./");
    }

    #[test]
    fn bad_documents_and_figures_are_ignored_and_unknown_names_kept_for_the_message() {
        let s = UrlState::parse("?view=document&doc=001_47c78e3d6287c7bb.txt", "#fig-nope");
        assert_eq!(s.view, View::Document);
        assert_eq!((s.doc, s.figure), (None, None));
        assert_eq!(s.unknown_doc.as_deref(), Some("001_47c78e3d6287c7bb.txt"));
        assert_eq!(s.to_query(), "?view=document");
        let long = format!("?view=document&doc={}", "x".repeat(500));
        assert_eq!(UrlState::parse(&long, "").unknown_doc.unwrap().len(), 60);
        // A figure from another document than the one asked for.
        let s = UrlState::parse("?view=document&doc=reform-note", "#fig-dv-incidents-2022");
        assert_eq!((s.doc, s.figure), (Some(Seed::ReformNote), None));
        // Fragments mean nothing on the dashboard (they name charts there).
        assert_eq!(UrlState::parse("", "#fig-dv-incidents-2022").figure, None);
    }

    #[test]
    fn bad_values_fall_back_to_defaults() {
        let s = UrlState::parse(
            "?view=nope&lang=fr&theme=neon&widget=%3Cscript%3E&q=%ZZ",
            "",
        );
        assert_eq!(s.view, View::Dashboard);
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.theme, None);
        assert_eq!(s.widget, None);
        assert_eq!(s.query, "%ZZ");
        assert_eq!(UrlState::parse("?q=%a\u{e9}%", "").query, "%a\u{e9}%");
        let s = UrlState::parse("?view=sources&q=%D0%B0%20b", "");
        assert_eq!(s.query, "а b");
    }
}
