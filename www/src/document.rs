//! A seed document as the reader sees it in the document view: its lines as headings,
//! numbered-paragraph labels and paragraphs, and every figure's quote located in the text.
//! Plain Rust (no browser types), so the tests check it against the real seed files.

use tendik_core::dataset;
use tendik_core::model::{Figure, Seed};
use tendik_core::order::sort_by_key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A section heading: a short line with no sentence in it ("UN peacekeeping statistics:").
    Heading,
    /// A numbered paragraph's label in the CEDAW replies ("3 (b)").
    Number,
    Paragraph,
}

/// One non-empty line of the file, with its whitespace collapsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Byte offset in the document's collapsed text (blocks joined by one space).
    pub start: usize,
}

impl Block {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The id of a numbered paragraph's label, `para-9-i-and-j`, so a location links too.
    pub fn anchor(&self) -> Option<String> {
        (self.kind == BlockKind::Number).then(|| {
            let words: Vec<String> = latin_number(&self.text)
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            format!("para-{}", words.join("-"))
        })
    }
}

/// Where a figure's quote is in the document's collapsed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub figure: &'static str,
    pub start: usize,
    pub end: usize,
}

/// A run of a block's text: plain, or inside the quotes of `figures`. `anchors` are the
/// figures whose quote begins here.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub figures: Vec<&'static str>,
    pub anchors: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub seed: Seed,
    pub blocks: Vec<Block>,
    /// In document order.
    pub quotes: Vec<Quote>,
    /// Figures of this seed whose quote is not in this text (a stale copy of the file).
    pub missing: Vec<&'static str>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The file writes a few paragraph letters in Cyrillic ("12 (а)", "22 (с)"); locations
/// use Latin ones.
fn latin_number(label: &str) -> String {
    label.replace('а', "a").replace('с', "c")
}

/// "8 (p)", "9 (i) and (j)", "17": a numbered paragraph's label on its own line.
fn is_paragraph_number(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let rest = &line[digits..];
    rest.is_empty() || (rest.starts_with(" (") && rest.ends_with(')') && rest.chars().count() <= 16)
}

/// A heading names a part of the document: short, capitalised, one phrase with no
/// sentence punctuation at its end, no link or file name.
fn is_heading(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    let last = line.chars().last().unwrap_or(first);
    first.is_uppercase()
        && line.chars().count() <= 160
        && !".!?;,".contains(last)
        && !line.contains(". ")
        && !line.contains("://")
        && !line
            .rsplit_once('.')
            .is_some_and(|(_, ext)| ["jpg", "png", "pdf"].contains(&ext))
}

/// The document's lines, each collapsed, as blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.lines() {
        let text = collapse(line);
        if text.is_empty() {
            continue;
        }
        let kind = if is_paragraph_number(&text) {
            BlockKind::Number
        } else if is_heading(&text) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        let len = text.len();
        out.push(Block { kind, text, start });
        start += len + 1;
    }
    out
}

/// Where to start looking for a quote: at the place its location names ("para. 3 (b)",
/// `section “…”`, `paragraph “…”`), so a sentence written twice is found where it is cited.
fn search_start(blocks: &[Block], location: &str) -> usize {
    let found = if let Some(number) = location.strip_prefix("para. ") {
        blocks
            .iter()
            .find(|b| b.kind == BlockKind::Number && latin_number(&b.text) == number)
    } else if location.starts_with("opening") {
        None
    } else {
        location
            .split('“')
            .nth(1)
            .and_then(|rest| rest.split('”').next())
            .map(|phrase| collapse(phrase.trim_end_matches('…')))
            .and_then(|phrase| blocks.iter().find(|b| b.text.starts_with(&phrase)))
    };
    found.map_or(0, |b| b.start)
}

impl Document {
    pub fn parse(seed: Seed, text: &str) -> Document {
        let blocks = blocks(text);
        let joined = blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut quotes = Vec::new();
        let mut missing = Vec::new();
        for f in dataset::figures().filter(|f| f.seed == seed) {
            let quote = collapse(f.quote);
            let from = search_start(&blocks, f.location);
            let at = joined[from..]
                .find(&quote)
                .map(|i| i + from)
                .or_else(|| joined.find(&quote));
            match at {
                Some(start) if !quote.is_empty() => quotes.push(Quote {
                    figure: f.id,
                    start,
                    end: start + quote.len(),
                }),
                _ => missing.push(f.id),
            }
        }
        sort_by_key(&mut quotes, |q| (q.start, q.end));
        Document {
            seed,
            blocks,
            quotes,
            missing,
        }
    }

    /// The figures quoted from this document, in the order their quotes appear.
    pub fn figures(&self) -> Vec<&'static Figure> {
        let mut out: Vec<&'static Figure> = Vec::new();
        for q in &self.quotes {
            if let Some(f) = dataset::figure(q.figure) {
                out.push(f);
            }
        }
        out
    }

    /// A block's text cut where quotes begin and end.
    pub fn segments<'b>(&self, block: &'b Block) -> Vec<Segment<'b>> {
        let (start, end) = (block.start, block.end());
        let touching: Vec<&Quote> = self
            .quotes
            .iter()
            .filter(|q| q.start < end && q.end > start)
            .collect();
        let mut cuts = vec![start, end];
        for q in &touching {
            cuts.extend([q.start.max(start), q.end.min(end)]);
        }
        sort_by_key(&mut cuts, |&c| c);
        cuts.dedup();
        cuts.windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                Segment {
                    text: &block.text[from - start..to - start],
                    figures: touching
                        .iter()
                        .filter(|q| q.start < to && q.end > from)
                        .map(|q| q.figure)
                        .collect(),
                    anchors: touching
                        .iter()
                        .filter(|q| q.start == from)
                        .map(|q| q.figure)
                        .collect(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn seed_text(seed: Seed) -> String {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../seeds")
            .join(seed.file_name());
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn every_figure_is_found_in_its_document_and_anchored_once() {
        for seed in Seed::ALL {
            let doc = Document::parse(seed, &seed_text(seed));
            assert_eq!(
                doc.missing,
                Vec::<&str>::new(),
                "{seed:?}: quotes not found"
            );
            let mut anchored: Vec<&str> = Vec::new();
            for block in &doc.blocks {
                let segments = doc.segments(block);
                // The segments are the block's text, cut and nothing lost.
                assert_eq!(
                    segments.iter().map(|s| s.text).collect::<String>(),
                    block.text
                );
                anchored.extend(segments.iter().flat_map(|s| s.anchors.iter().copied()));
            }
            let mut expected: Vec<&str> = dataset::figures()
                .filter(|f| f.seed == seed)
                .map(|f| f.id)
                .collect();
            anchored.sort_unstable();
            expected.sort_unstable();
            assert_eq!(anchored, expected, "{seed:?}: one anchor per figure");
        }
    }

    #[test]
    fn a_quote_is_marked_where_it_is_and_nowhere_else() {
        let doc = Document::parse(Seed::CedawReplies, &seed_text(Seed::CedawReplies));
        let quote = |id: &str| doc.quotes.iter().find(|q| q.figure == id).copied().unwrap();
        let figure = dataset::figure("dv-incidents-2022").unwrap();
        let q = quote(figure.id);
        // In paragraph 3 (b): after its label, before 3 (c)'s.
        let label = |text: &str| doc.blocks.iter().find(|b| b.text == text).unwrap().start;
        assert!(label("3 (b)") < q.start && q.end < label("3 (c)"));
        let marked: String = doc
            .blocks
            .iter()
            .flat_map(|b| doc.segments(b))
            .filter(|s| s.figures.contains(&figure.id))
            .map(|s| s.text)
            .collect();
        assert_eq!(marked, collapse(figure.quote));
        // Two figures from one sentence share its mark.
        assert_eq!(
            quote("dv-incidents-2024"),
            Quote {
                figure: "dv-incidents-2024",
                ..q
            }
        );
    }

    #[test]
    fn lines_become_headings_labels_and_paragraphs() {
        let doc = Document::parse(Seed::CedawReplies, &seed_text(Seed::CedawReplies));
        let kind = |text: &str| doc.blocks.iter().find(|b| b.text == text).map(|b| b.kind);
        assert_eq!(kind("3 (b)"), Some(BlockKind::Number));
        assert_eq!(
            kind("Gender-based violence against women"),
            Some(BlockKind::Heading)
        );
        assert_eq!(kind("image1.jpg"), Some(BlockKind::Paragraph));
        let labels: Vec<String> = doc.blocks.iter().filter_map(Block::anchor).collect();
        // 153 numbered paragraphs, as tendik-core's dataset test counts them; ids unique.
        assert_eq!(labels.len(), 153);
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), labels.len());
        assert!(labels.contains(&"para-9-i-and-j".to_string()));
        assert!(
            labels.contains(&"para-12-a".to_string()),
            "Cyrillic letter read as Latin"
        );

        let nap = blocks(&seed_text(Seed::NapSummary));
        let kind = |text: &str| {
            nap.iter()
                .find(|b| b.text.starts_with(text))
                .map(|b| b.kind)
        };
        assert_eq!(
            kind("UN peacekeeping statistics:"),
            Some(BlockKind::Heading)
        );
        assert_eq!(kind("1 Facilitating women"), Some(BlockKind::Paragraph));
        assert_eq!(
            kind("Kazakhstan’s NAP has 3 main"),
            Some(BlockKind::Paragraph)
        );
        assert_eq!(
            kind("United Nations Peacekeeping (Sept"),
            Some(BlockKind::Paragraph)
        );
    }

    #[test]
    fn overlapping_quotes_cut_into_segments() {
        let doc = Document {
            seed: Seed::ReformNote,
            blocks: blocks("Alpha beta gamma delta.\nEpsilon."),
            quotes: vec![
                Quote {
                    figure: "a",
                    start: 6,
                    end: 16,
                },
                Quote {
                    figure: "b",
                    start: 11,
                    end: 31,
                },
            ],
            missing: vec![],
        };
        let first: Vec<(&str, Vec<&str>, Vec<&str>)> = doc
            .segments(&doc.blocks[0])
            .into_iter()
            .map(|s| (s.text, s.figures, s.anchors))
            .collect();
        assert_eq!(
            first,
            vec![
                ("Alpha ", vec![], vec![]),
                ("beta ", vec!["a"], vec!["a"]),
                ("gamma", vec!["a", "b"], vec!["b"]),
                (" delta.", vec!["b"], vec![]),
            ]
        );
        // The quote that runs on into the next line marks it too, without a second anchor.
        let second = doc.segments(&doc.blocks[1]);
        assert_eq!(second[0].text, "Epsilon");
        assert_eq!(
            (second[0].figures.clone(), second[0].anchors.len()),
            (vec!["b"], 0)
        );
    }
}
