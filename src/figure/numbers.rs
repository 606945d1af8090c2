//! Money as the charts write it: US$ billions with two decimals and a real minus sign.

/// "+1.23" / "−1.23".
pub fn signed_money(v: f64) -> String {
    if v < 0.0 {
        format!("−{:.2}", -v)
    } else {
        format!("+{v:.2}")
    }
}

/// "1.23" / "−1.23".
pub fn money(v: f64) -> String {
    if v < 0.0 {
        format!("−{:.2}", -v)
    } else {
        format!("{v:.2}")
    }
}

/// Stake and share as the deal map's notes give them: "stake 51 %, shared 50 %".
pub fn terms(stake: f64, share: f64) -> String {
    format!(
        "stake {:.0} %, shared {:.0} %",
        stake * 100.0,
        share * 100.0
    )
}

/// A whole number with thousands separated: "14,154"; "−1,200".
pub fn thousands(v: f64) -> String {
    let whole = v.abs().round() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if v.round() < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(14154.06), "14,154");
        assert_eq!(super::thousands(999.0), "999");
        assert_eq!(super::thousands(-1200.0), "−1,200");
        assert_eq!(super::thousands(0.2), "0");
    }
}
