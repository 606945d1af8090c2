//! The two governments' rules as the model applies them: which part of the lead may be shared,
//! the chance each government approves the deal, and the 45X manufacturing credit. See
//! docs/MODEL.md, "The rules".

use super::params::Params;

/// Host stake from which the host controls the JV.
pub const HOST_CONTROL: f64 = 0.5;
/// Host stake from which the entrant holds under 25 %: the foreign-entity line of the US credit
/// rules and the lowest band of the investment review.
pub const ENTRANT_UNDER_25: f64 = 0.75;

/// A host-stake line where the rules change, as every view marks it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StakeLine {
    pub stake: f64,
    /// For a slider's tick: "50 % control".
    pub short: &'static str,
    /// For a chart's line: "50 % stake: host control".
    pub long: &'static str,
}

/// The two stake lines: control, and the entrant under 25 % (the foreign-entity line of the US
/// credit rules, T7 in docs/MODEL.md).
pub const STAKE_LINES: [StakeLine; 2] = [
    StakeLine {
        stake: HOST_CONTROL,
        short: "50 % control",
        long: "50 % stake: host control",
    },
    StakeLine {
        stake: ENTRANT_UNDER_25,
        short: "75 %: entrant < 25 %",
        long: "75 % stake: entrant under 25 %",
    },
];

/// The chance that each government approves the deal, and both.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Approval {
    /// The entrant's home government (technology export approval and licences).
    pub home: f64,
    /// The host government (investment review, connected-vehicle rule).
    pub host: f64,
    pub both: f64,
}

/// The share of the lead that actually goes into the JV: under the connected-vehicle rule the
/// entrant's software part never does.
pub fn effective_share(p: &Params) -> f64 {
    if p.connected_vehicle_rule {
        p.tech_share.min(1.0 - p.software_share)
    } else {
        p.tech_share
    }
}

/// Where the restricted battery layer starts, on the share axis: it is shared after the rest of
/// the lead and before the software.
fn battery_layer_start(p: &Params) -> f64 {
    (1.0 - p.software_share - p.restricted_share).max(0.0)
}

/// How much of the restricted battery layer the deal shares, from 0 to 1.
pub fn battery_layer_shared(p: &Params, share: f64) -> f64 {
    if p.restricted_share <= 0.0 {
        return 0.0;
    }
    ((share - battery_layer_start(p)) / p.restricted_share).clamp(0.0, 1.0)
}

/// The home government's approval (eq. 18): a logistic curve in the share actually shared, times
/// the licence chance as the restricted battery layer is reached.
pub fn home_approval(p: &Params) -> f64 {
    let share = effective_share(p);
    let discretion = 1.0 / (1.0 + ((share - p.home_approval_share) / p.home_approval_width).exp());
    let licence = 1.0 - (1.0 - p.battery_licence) * battery_layer_shared(p, share);
    discretion * licence
}

/// The host government's approval (eq. 19): the investment review and, under the
/// connected-vehicle rule, the risk that the JV is caught, each in bands of the host's stake.
pub fn host_approval(p: &Params) -> f64 {
    let band = |under_50: f64, control: f64, over_75: f64| {
        if p.host_stake < HOST_CONTROL {
            under_50
        } else if p.host_stake < ENTRANT_UNDER_25 {
            control
        } else {
            over_75
        }
    };
    let review = band(
        p.review_block_minority,
        p.review_block_control,
        p.review_block_75,
    );
    let rule = if p.connected_vehicle_rule {
        band(p.cv_block_minority, p.cv_block_control, p.cv_block_75)
    } else {
        0.0
    };
    (1.0 - review) * (1.0 - rule)
}

pub fn approval(p: &Params) -> Approval {
    let (home, host) = (home_approval(p), host_approval(p));
    Approval {
        home,
        host,
        both: home * host,
    }
}

/// The 45X phase-down: full through 2029, then 75, 50 and 25 % in 2030–32, nothing after.
pub fn credit_phase(year: u32) -> f64 {
    match year {
        ..=2029 => 1.0,
        2030 => 0.75,
        2031 => 0.5,
        2032 => 0.25,
        _ => 0.0,
    }
}

/// The JV's 45X credit per vehicle before the phase-down, $k (eq. 20): only while the entrant
/// holds under 25 %, and not on cells made with the licensed battery know-how, which risks
/// "effective control".
pub fn credit_per_vehicle(p: &Params) -> f64 {
    credit_per_vehicle_at(p, p.host_stake)
}

/// `credit_per_vehicle` with the host's stake at `host_stake` (the robust map's rows).
pub fn credit_per_vehicle_at(p: &Params, host_stake: f64) -> f64 {
    if !p.manufacturing_credits || 1.0 - host_stake >= 1.0 - ENTRANT_UNDER_25 {
        return 0.0;
    }
    let licensed = battery_layer_shared(p, effective_share(p));
    p.credit_per_kwh * p.battery_kwh / 1000.0 * (1.0 - licensed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approvals_move_with_the_terms() {
        let p = Params::default();
        let at = |stake: f64, share: f64| {
            approval(&Params {
                host_stake: stake,
                tech_share: share,
                ..p
            })
        };
        // The host government approves more as the host's stake rises, in bands …
        assert!(at(0.4, 0.5).host < at(0.5, 0.5).host);
        assert!(at(0.5, 0.5).host < at(0.75, 0.5).host);
        assert_eq!(at(0.5, 0.5).host, at(0.7, 0.5).host);
        // … the home government less as more is shared, with nothing above 1 − b_s under the
        // connected-vehicle rule.
        assert!(at(0.51, 0.3).home > at(0.51, 0.5).home);
        assert!(at(0.51, 0.5).home > at(0.51, 0.7).home);
        assert_eq!(at(0.51, 0.9).home, at(0.51, 1.0).home);
        assert_eq!(
            effective_share(&Params {
                tech_share: 1.0,
                ..p
            }),
            0.85
        );
        let a = at(0.51, 0.5);
        assert!((a.both - a.home * a.host).abs() < 1e-15);
    }

    #[test]
    fn credits_need_the_entrant_under_25_percent() {
        let p = Params::default();
        assert_eq!(
            credit_per_vehicle(&Params {
                host_stake: 0.75,
                ..p
            }),
            0.0
        );
        assert!(
            (credit_per_vehicle(&Params {
                host_stake: 0.8,
                ..p
            }) - 3.15)
                .abs()
                < 1e-12
        );
        assert_eq!(credit_phase(2029), 1.0);
        assert_eq!(credit_phase(2033), 0.0);
    }
}
