//! Deal books: one RON file holding several named deals, versioned, validated and saved
//! atomically like a deal file. Used to keep scenarios together and to compare them.

use std::cell::RefCell;
use std::fmt;
use std::io;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::dealfile::{
    self, Deal, DealFileError, DealVisitor, FieldName, RawDeal, field_error, ron_error,
    strip_comments,
};

/// The book format version this build writes and the newest it reads.
pub const BOOK_VERSION: u32 = 1;

/// Most deals a book may hold; a comparison of more is unreadable anyway.
pub const MAX_DEALS: usize = 64;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct DealBook {
    pub deals: Vec<Deal>,
}

/// Whether deal-file text is a book rather than a single deal.
pub fn is_book(text: &str) -> bool {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    strip_comments(text).trim_start().starts_with("DealBook")
}

/// The book as text: a header, then `DealBook(version, deals: [Deal(…), …])`.
pub fn to_book_string(book: &DealBook) -> String {
    let mut s = String::with_capacity(8192 * book.deals.len().max(1));
    s.push_str("// jvsim deal book — several deals in one file; saving rewrites it.\n");
    s.push_str("// Each deal is written out in full, as in a deal file.\n");
    s.push_str("DealBook(\n");
    s.push_str(&format!("    version: {BOOK_VERSION},\n"));
    s.push_str("    deals: [\n");
    for deal in &book.deals {
        s.push_str("        ");
        dealfile::write_deal(&mut s, deal, "        ");
        s.push_str(",\n");
    }
    s.push_str("    ],\n)\n");
    s
}

/// Saves atomically, like a deal file.
pub fn save_book(book: &DealBook, path: &Path) -> io::Result<()> {
    dealfile::save_text(&to_book_string(book), path)
}

pub fn load_book(path: &Path) -> Result<DealBook, DealFileError> {
    parse_book(&dealfile::read_text(path)?, &path.display().to_string())
}

/// The deals in a file that holds either one deal or a book.
pub fn load_deals(path: &Path) -> Result<Vec<Deal>, DealFileError> {
    let name = path.display().to_string();
    let text = dealfile::read_text(path)?;
    if is_book(&text) {
        Ok(parse_book(&text, &name)?.deals)
    } else {
        Ok(vec![dealfile::parse_str(&text, &name)?])
    }
}

pub fn parse_book(text: &str, name: &str) -> Result<DealBook, DealFileError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let last_field = RefCell::new(None::<String>);
    let mut de = ron::Deserializer::from_str(text).map_err(|e| ron_error(name, e, None))?;
    let result = de
        .deserialize_struct(
            "DealBook",
            &[],
            BookVisitor {
                last_field: &last_field,
            },
        )
        .and_then(|book| de.end().map(|()| book));
    match result {
        Ok((book, Some(_))) => Ok(book),
        Ok((_, None)) => Err(DealFileError {
            file: name.to_string(),
            position: None,
            field: Some("version".into()),
            message: format!(
                "missing; a deal book starts with `version: {BOOK_VERSION},` inside `DealBook(…)`"
            ),
        }),
        Err(e) => Err(ron_error(name, de.span_error(e), last_field.into_inner())),
    }
}

struct BookVisitor<'a> {
    last_field: &'a RefCell<Option<String>>,
}

impl<'de> Visitor<'de> for BookVisitor<'_> {
    type Value = (DealBook, Option<u32>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a jvsim deal book: DealBook( version: …, deals: [ Deal(…), … ] )")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut version = None;
        let mut deals = None;
        while let Some(FieldName(field)) = map.next_key::<FieldName>()? {
            *self.last_field.borrow_mut() = Some(field.clone());
            match field.as_str() {
                "version" => {
                    if version.is_some() {
                        return Err(field_error(&field, "appears twice; keep one"));
                    }
                    let v: u32 = map.next_value().map_err(|e| {
                        field_error(&field, format!("expected a whole number: {e}"))
                    })?;
                    if v > BOOK_VERSION {
                        return Err(field_error(
                            &field,
                            format!(
                                "the book is version {v}, made by a newer jvsim; this build \
                                 reads books up to version {BOOK_VERSION}"
                            ),
                        ));
                    }
                    version = Some(v);
                }
                "deals" => {
                    if deals.is_some() {
                        return Err(field_error(&field, "appears twice; keep one"));
                    }
                    deals = Some(map.next_value_seed(DealsSeed {
                        last_field: self.last_field,
                    })?);
                }
                other => {
                    let hint = match super::params::closest(other, ["version", "deals"].into_iter())
                    {
                        Some(best) => format!("unknown field; did you mean `{best}`?"),
                        None => "unknown field; a deal book has `version` and `deals`".into(),
                    };
                    return Err(field_error(&field, hint));
                }
            }
        }
        Ok((
            DealBook {
                deals: deals.unwrap_or_default(),
            },
            version,
        ))
    }
}

struct DealsSeed<'a> {
    last_field: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for DealsSeed<'_> {
    type Value = Vec<Deal>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Deal>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for DealsSeed<'_> {
    type Value = Vec<Deal>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of deals: [ Deal(…), … ]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Deal>, A::Error> {
        let mut deals = Vec::new();
        loop {
            let index = deals.len();
            let next = seq.next_element_seed(DealSeed {
                last_field: self.last_field,
            });
            match next {
                Ok(Some(raw)) => {
                    if deals.len() == MAX_DEALS {
                        return Err(field_error(
                            "deals",
                            format!("a book holds at most {MAX_DEALS} deals"),
                        ));
                    }
                    deals.push(raw.deal);
                }
                Ok(None) => return Ok(deals),
                // Name the deal: its field errors become `deals[i].field`.
                Err(e) => {
                    let text = e.to_string();
                    return Err(
                        match text
                            .strip_prefix('\u{1}')
                            .and_then(|rest| rest.split_once('\u{1}'))
                        {
                            Some((field, msg)) => {
                                field_error(&format!("deals[{index}].{field}"), msg)
                            }
                            None => de::Error::custom(format!("in deal {}: {text}", index + 1)),
                        },
                    );
                }
            }
        }
    }
}

struct DealSeed<'a> {
    last_field: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for DealSeed<'_> {
    type Value = RawDeal;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawDeal, D::Error> {
        d.deserialize_struct(
            "Deal",
            &[],
            DealVisitor {
                last_field: self.last_field,
            },
        )
    }
}
