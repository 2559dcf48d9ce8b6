//! The app page's content before (or without) the wasm: each chart's title and takeaway as
//! plain HTML in `index.html`. A test keeps it in step with the data.

#[cfg(test)]
mod tests {
    use tendik_core::widgets::WidgetKind;
    use tendik_core::Lang;

    /// HTML text, with the no-break space and the word joiner (after a range's dash) written
    /// as entities so index.html shows where they are.
    fn escape(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('\u{a0}', "&nbsp;")
            .replace('\u{2060}', "&#8288;")
    }

    /// The `<li>` for one widget, exactly as index.html must carry it.
    fn item(kind: WidgetKind) -> String {
        let c = kind.embedded(Lang::En).content(Lang::En);
        format!(
            "<li><strong>{}</strong> {}</li>",
            escape(&c.title),
            escape(&c.takeaway)
        )
    }

    #[test]
    fn index_html_carries_every_takeaway() {
        let html = include_str!("../index.html");
        let missing: Vec<String> = WidgetKind::all()
            .map(item)
            .filter(|li| !html.contains(li.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "index.html's fallback list is out of date; it should hold:\n{}",
            WidgetKind::all().map(item).collect::<Vec<_>>().join("\n")
        );
    }
}
