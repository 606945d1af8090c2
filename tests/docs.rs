//! docs/MODEL.md lists every parameter, from the same table the code reads.

use jvsim::core::params::SPECS;

fn model_md() -> String {
    std::fs::read_to_string("docs/MODEL.md").expect("docs/MODEL.md")
}

#[test]
fn model_doc_lists_every_key() {
    let doc = model_md();
    for s in SPECS {
        assert!(
            doc.contains(&format!("`{}`", s.key)),
            "docs/MODEL.md lacks `{}`",
            s.key
        );
    }
}

#[test]
fn model_doc_parameter_tables_match_the_declaration() {
    let doc = model_md();
    let begin = doc.find("<!-- params:begin -->\n").expect("begin marker") + 22;
    let end = doc.find("<!-- params:end -->").expect("end marker");
    assert_eq!(
        &doc[begin..end],
        jvsim::report::params::markdown(),
        "regenerate with `jvsim params --markdown`"
    );
}

#[test]
fn every_default_has_a_source_or_is_marked_an_assumption() {
    for s in SPECS {
        assert!(!s.source.trim().is_empty(), "{} has no source", s.key);
        assert!(!s.help.trim().is_empty(), "{} has no help", s.key);
    }
}
