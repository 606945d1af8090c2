//! docs/MODEL.md, compiled in and read into sections, so the window's Help → Model shows the
//! same equations, simplifications and references as the document, for users who have only the
//! binary. UI-free: the window draws the blocks; its parameter section comes from the parameter
//! table itself (the document's copy is generated from it).

/// The document as written.
pub const MODEL_MD: &str = include_str!("../docs/MODEL.md");

/// A run of text with one style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Plain(String),
    Bold(String),
    Italic(String),
    Code(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A `####` heading inside a section.
    Subheading(String),
    Paragraph(Vec<Span>),
    /// Bulleted or numbered items; `numbered` lists keep their numbers.
    List {
        numbered: bool,
        items: Vec<Vec<Span>>,
    },
    /// Indented display equations, one per line.
    Equations(Vec<String>),
    Table {
        header: Vec<Vec<Span>>,
        rows: Vec<Vec<Vec<Span>>>,
    },
    /// Where the generated parameter tables stand: the window lists the parameters itself.
    Parameters,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The sections of docs/MODEL.md, the text before the first `##` as "Overview".
pub fn sections() -> Vec<Section> {
    parse(MODEL_MD)
}

/// Reads the small Markdown subset MODEL.md uses.
pub fn parse(md: &str) -> Vec<Section> {
    let mut sections = vec![Section {
        title: "Overview".to_string(),
        blocks: Vec::new(),
    }];
    let mut para: Vec<String> = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None;
    let mut equations: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut in_generated = false;
    // Whether the previous line belonged to the current list item (for continuation lines).
    let mut in_item = false;

    fn flush(
        blocks: &mut Vec<Block>,
        para: &mut Vec<String>,
        list: &mut Option<(bool, Vec<String>)>,
        equations: &mut Vec<String>,
        table: &mut Vec<Vec<String>>,
    ) {
        if !para.is_empty() {
            blocks.push(Block::Paragraph(inline(&para.join(" "))));
            para.clear();
        }
        if let Some((numbered, items)) = list.take() {
            blocks.push(Block::List {
                numbered,
                items: items.iter().map(|i| inline(i)).collect(),
            });
        }
        if !equations.is_empty() {
            blocks.push(Block::Equations(std::mem::take(equations)));
        }
        if !table.is_empty() {
            let mut rows = std::mem::take(table).into_iter();
            let header = rows
                .next()
                .unwrap_or_default()
                .iter()
                .map(|c| inline(c))
                .collect();
            blocks.push(Block::Table {
                header,
                rows: rows
                    .map(|r| r.iter().map(|c| inline(c)).collect())
                    .collect(),
            });
        }
    }

    for line in md.lines() {
        if line.contains("<!-- params:begin -->") {
            let blocks = &mut sections.last_mut().expect("one section").blocks;
            flush(blocks, &mut para, &mut list, &mut equations, &mut table);
            blocks.push(Block::Parameters);
            in_generated = true;
            continue;
        }
        if line.contains("<!-- params:end -->") {
            in_generated = false;
            continue;
        }
        if in_generated {
            continue;
        }
        let blocks = &mut sections.last_mut().expect("one section").blocks;
        let trimmed = line.trim();
        if let Some(title) = line.strip_prefix("## ") {
            flush(blocks, &mut para, &mut list, &mut equations, &mut table);
            sections.push(Section {
                title: title.trim().to_string(),
                blocks: Vec::new(),
            });
            in_item = false;
            continue;
        }
        if line.starts_with("# ") {
            continue;
        }
        if let Some(title) = line.strip_prefix("#### ") {
            flush(blocks, &mut para, &mut list, &mut equations, &mut table);
            blocks.push(Block::Subheading(title.trim().to_string()));
            in_item = false;
            continue;
        }
        if trimmed.is_empty() {
            flush(blocks, &mut para, &mut list, &mut equations, &mut table);
            in_item = false;
            continue;
        }
        if trimmed.starts_with('|') {
            let cells: Vec<String> = trimmed
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            if cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
            {
                continue;
            }
            table.push(cells);
            continue;
        }
        let bullet = line.strip_prefix("* ").map(|t| (false, t));
        let numbered = numbered_item(line).map(|t| (true, t));
        if let Some((is_numbered, text)) = bullet.or(numbered) {
            if !para.is_empty() || !equations.is_empty() {
                flush(blocks, &mut para, &mut list, &mut equations, &mut table);
            }
            let l = list.get_or_insert_with(|| (is_numbered, Vec::new()));
            l.1.push(text.trim().to_string());
            in_item = true;
            continue;
        }
        if line.starts_with("  ") {
            if in_item && let Some((_, items)) = list.as_mut() {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(trimmed);
                }
                continue;
            }
            if !para.is_empty() {
                flush(blocks, &mut para, &mut list, &mut equations, &mut table);
            }
            equations.push(trimmed.to_string());
            continue;
        }
        if list.is_some() || !equations.is_empty() {
            flush(blocks, &mut para, &mut list, &mut equations, &mut table);
        }
        para.push(trimmed.to_string());
    }
    let blocks = &mut sections.last_mut().expect("one section").blocks;
    flush(blocks, &mut para, &mut list, &mut equations, &mut table);
    sections.retain(|s| !s.blocks.is_empty());
    sections
}

fn numbered_item(line: &str) -> Option<&str> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    line[digits..].strip_prefix(". ")
}

/// Splits `**bold**`, `*italic*` and `` `code` `` runs; a link keeps its text.
pub fn inline(text: &str) -> Vec<Span> {
    let text = strip_links(text);
    let mut spans = Vec::new();
    let mut plain = String::new();
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        let (marker, make): (&str, fn(String) -> Span) = if rest.starts_with("**") {
            ("**", Span::Bold)
        } else if c == '`' {
            ("`", Span::Code)
        } else if c == '*' && rest[1..].starts_with(|n: char| !n.is_whitespace()) {
            ("*", Span::Italic)
        } else {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        let after = &rest[marker.len()..];
        match after.find(marker) {
            Some(end) if end > 0 => {
                if !plain.is_empty() {
                    spans.push(Span::Plain(std::mem::take(&mut plain)));
                }
                spans.push(make(after[..end].to_string()));
                rest = &after[end + marker.len()..];
            }
            _ => {
                plain.push_str(marker);
                rest = after;
            }
        }
    }
    if !plain.is_empty() {
        spans.push(Span::Plain(plain));
    }
    spans
}

/// `[text](target)` → `text`.
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](") else {
            break;
        };
        let Some(end) = rest[open + close..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..open + close]);
        rest = &rest[open + close + end + 1..];
    }
    out.push_str(rest);
    out
}

/// All the text of the spans, unstyled.
pub fn plain_text(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Plain(t) | Span::Bold(t) | Span::Italic(t) | Span::Code(t) => t.as_str(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_subset_model_md_uses() {
        let md = "# Title\n\nIntro *assumption* and **bold**.\n\n## Market\n\nText \
                  [link](#x) `code`:\n\n  s = e^u\n  Q = M·s\n\n* one\n  more\n* two\n\n\
                  | a | b |\n|---|---|\n| 1 | 2 |\n\n1. first\n2. second\n\n\
                  ## Parameters\n\n<!-- params:begin -->\n| x |\n<!-- params:end -->\n";
        let s = parse(md);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].title, "Overview");
        assert_eq!(
            s[0].blocks[0],
            Block::Paragraph(vec![
                Span::Plain("Intro ".into()),
                Span::Italic("assumption".into()),
                Span::Plain(" and ".into()),
                Span::Bold("bold".into()),
                Span::Plain(".".into()),
            ])
        );
        let b = &s[1].blocks;
        assert_eq!(
            plain_text(match &b[0] {
                Block::Paragraph(p) => p,
                other => panic!("{other:?}"),
            }),
            "Text link code:"
        );
        assert_eq!(
            b[1],
            Block::Equations(vec!["s = e^u".into(), "Q = M·s".into()])
        );
        assert_eq!(
            b[2],
            Block::List {
                numbered: false,
                items: vec![
                    vec![Span::Plain("one more".into())],
                    vec![Span::Plain("two".into())]
                ]
            }
        );
        assert!(matches!(&b[3], Block::Table { rows, .. } if rows.len() == 1));
        assert!(matches!(&b[4], Block::List { numbered: true, items } if items.len() == 2));
        assert_eq!(s[2].blocks, vec![Block::Parameters]);
    }

    #[test]
    fn the_model_document_has_its_sections() {
        let titles: Vec<String> = sections().into_iter().map(|s| s.title).collect();
        for t in [
            "Overview",
            "The market",
            "Technology",
            "Profits",
            "Analyses",
            "Parameters",
            "Known simplifications",
            "References",
        ] {
            assert!(titles.iter().any(|x| x == t), "{t} missing from {titles:?}");
        }
    }
}
