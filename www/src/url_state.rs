//! The app's state lives in the URL, so every view has a permalink that works on plain
//! static hosting and survives a reload: `?view=sources&widget=violence-trend&lang=kk`.

use tendik_core::chart::Theme;
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Dashboard,
    Sources,
}

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
}

impl UrlState {
    /// Reads a query string; unknown or malformed values fall back to defaults (a bad
    /// permalink still opens the app).
    pub fn parse(search: &str) -> UrlState {
        let mut state = UrlState::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "view" if value == "sources" => state.view = View::Sources,
                "lang" => state.lang = Lang::from_tag(&value).unwrap_or_default(),
                "theme" => state.theme = Theme::from_name(&value),
                "widget" => state.widget = WidgetKind::from_name(&value),
                "q" => state.query = value,
                _ => {}
            }
        }
        state
    }

    /// The query string for this state, without defaults: `?lang=kk&widget=peacekeeping`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.view == View::Sources {
            parts.push("view=sources".to_string());
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
        };
        let q = state.to_query();
        assert_eq!(UrlState::parse(&q), state);
        assert_eq!(UrlState::default().to_query(), "");
    }

    #[test]
    fn bad_values_fall_back_to_defaults() {
        let s = UrlState::parse("?view=nope&lang=fr&theme=neon&widget=%3Cscript%3E&q=%ZZ");
        assert_eq!(s.view, View::Dashboard);
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.theme, None);
        assert_eq!(s.widget, None);
        assert_eq!(s.query, "%ZZ");
        assert_eq!(UrlState::parse("?q=%a\u{e9}%").query, "%a\u{e9}%");
        let s = UrlState::parse("?view=sources&q=%D0%B0%20b");
        assert_eq!(s.query, "а b");
    }
}
