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
