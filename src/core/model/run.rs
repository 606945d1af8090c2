//! What a run produces: yearly paths of both partners, the JV and the host market.

/// Longest horizon a run can hold (the `horizon` parameter's validity range stops here).
pub const MAX_YEARS: usize = 40;

/// One value per simulated year; entries at or past `Run::years` are not meaningful (a reused
/// buffer may hold an earlier, longer run's tail).
pub type Path = [f64; MAX_YEARS];

/// Where a partner's profit comes from. Every partner has every source (zero where it does
/// not apply), and the sources add up to its profit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The host's own EV business in its home market.
    OwnEv,
    /// The entrant's direct exports to the host market.
    Exports,
    /// Equity share of the JV's operating profit before royalties.
    JvOperations,
    /// Royalties net of the partner's equity share of paying them.
    Royalties,
    /// Equity share of the JV's investment (negative).
    JvInvestment,
    /// Profit in contested third markets.
    ThirdMarkets,
}

impl Source {
    pub const ALL: [Source; 6] = [
        Source::OwnEv,
        Source::Exports,
        Source::JvOperations,
        Source::Royalties,
        Source::JvInvestment,
        Source::ThirdMarkets,
    ];

    /// Column / JSON name.
    pub fn key(self) -> &'static str {
        match self {
            Source::OwnEv => "own_ev",
            Source::Exports => "exports",
            Source::JvOperations => "jv_operations",
            Source::Royalties => "royalties",
            Source::JvInvestment => "jv_investment",
            Source::ThirdMarkets => "third_markets",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Source::OwnEv => "Own EV business",
            Source::Exports => "Direct exports",
            Source::JvOperations => "JV operations",
            Source::Royalties => "Royalties (net)",
            Source::JvInvestment => "JV investment",
            Source::ThirdMarkets => "Third markets",
        }
    }
}

/// One partner's yearly results in one run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartnerPath {
    /// Total profit, US$ B per year.
    pub profit: Path,
    /// Profit by source, indexed by `Source as usize`.
    pub breakdown: [Path; 6],
    /// Technology index at the start of each year (entrant's first year = 1.0).
    pub tech: Path,
    /// Net present value of `profit` at the discount rate, first year undiscounted.
    pub npv: f64,
}

impl PartnerPath {
    const ZERO: PartnerPath = PartnerPath {
        profit: [0.0; MAX_YEARS],
        breakdown: [[0.0; MAX_YEARS]; 6],
        tech: [0.0; MAX_YEARS],
        npv: 0.0,
    };

    pub fn source(&self, s: Source) -> &Path {
        &self.breakdown[s as usize]
    }
}

/// The JV's yearly results (all zero in the no-deal run).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JvPath {
    /// Technology index embodied in the JV.
    pub tech: Path,
    /// Vehicles sold, M per year.
    pub volume: Path,
    /// Price, $k per vehicle.
    pub price: Path,
    /// Unit cost including ramp-up and parts tariff, $k per vehicle.
    pub unit_cost: Path,
    /// Profit after royalties and fixed cost, before investment, US$ B.
    pub profit: Path,
    /// Royalty paid to the entrant, US$ B.
    pub royalty: Path,
    /// Investment spent (building the plant, then any expansion), US$ B.
    pub investment: Path,
    /// Capacity in force, M vehicles per year (half the full rate in the first production year).
    pub capacity: Path,
    /// 45X manufacturing credit earned (part of the operating profit), US$ B.
    pub credit: Path,
    /// Duty paid on the JV's imported parts (part of its unit cost), US$ B.
    pub parts_duties: Path,
}

/// The host market's yearly results.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarketPath {
    /// The host's own EVs sold, M per year.
    pub host_volume: Path,
    pub host_price: Path,
    /// The entrant's direct exports sold, M per year (zero in years it stays out).
    pub entrant_volume: Path,
    pub entrant_price: Path,
    /// Other makers' EVs sold, M per year.
    pub others_volume: Path,
    /// The host's own EV capacity in force, M vehicles per year.
    pub host_capacity: Path,
    /// Vehicle tariff in force, fraction.
    pub vehicle_tariff: Path,
    /// Tariff revenue on the entrant's exports, US$ B.
    pub tariff_revenue: Path,
    /// Buyers' expected surplus, US$ B, up to a constant that is the same in the deal and the
    /// no-deal run (eq. 22): with the JV's product nested with the host's (`jv_nest`) …
    pub consumer_surplus: Path,
    /// … and by the plain logit log-sum, which overstates a new product's value.
    pub consumer_surplus_logit: Path,
}

/// Everything one run (deal or no deal) produces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Run {
    /// Number of simulated years (the horizon).
    pub years: usize,
    pub first_year: u32,
    pub host: PartnerPath,
    pub entrant: PartnerPath,
    pub jv: JvPath,
    pub market: MarketPath,
}

impl Run {
    pub const ZERO: Run = Run {
        years: 0,
        first_year: 0,
        host: PartnerPath::ZERO,
        entrant: PartnerPath::ZERO,
        jv: JvPath {
            tech: [0.0; MAX_YEARS],
            volume: [0.0; MAX_YEARS],
            price: [0.0; MAX_YEARS],
            unit_cost: [0.0; MAX_YEARS],
            profit: [0.0; MAX_YEARS],
            royalty: [0.0; MAX_YEARS],
            investment: [0.0; MAX_YEARS],
            capacity: [0.0; MAX_YEARS],
            credit: [0.0; MAX_YEARS],
            parts_duties: [0.0; MAX_YEARS],
        },
        market: MarketPath {
            host_volume: [0.0; MAX_YEARS],
            host_price: [0.0; MAX_YEARS],
            entrant_volume: [0.0; MAX_YEARS],
            entrant_price: [0.0; MAX_YEARS],
            others_volume: [0.0; MAX_YEARS],
            host_capacity: [0.0; MAX_YEARS],
            vehicle_tariff: [0.0; MAX_YEARS],
            tariff_revenue: [0.0; MAX_YEARS],
            consumer_surplus: [0.0; MAX_YEARS],
            consumer_surplus_logit: [0.0; MAX_YEARS],
        },
    };

    pub fn partner(&self, p: Partner) -> &PartnerPath {
        match p {
            Partner::Host => &self.host,
            Partner::Entrant => &self.entrant,
        }
    }

    /// Calendar year of simulated year `t`.
    pub fn year(&self, t: usize) -> u32 {
        self.first_year + t as u32
    }
}

/// The two partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Partner {
    Host,
    Entrant,
}

impl Partner {
    pub const ALL: [Partner; 2] = [Partner::Host, Partner::Entrant];

    pub fn key(self) -> &'static str {
        match self {
            Partner::Host => "host",
            Partner::Entrant => "entrant",
        }
    }
}
