fn main() {
    use jvsim::core::dealfile::*;
    use jvsim::core::params::Params;
    let base = Params::default();
    let notes = "Ford's 2026 proposal (I5): Chinese EV makers build in the US through JVs in which the US automaker holds control; profits and technology shared. 51/49 as in Stellantis–Leapmotor International (I6). Vehicle tariff 127.5 % = MFN 2.5 % + Section 301 100 % (2024) + Section 232 25 % (April 2025), IEEPA duties left out (T1–T5). Parts tariff 50 % = Section 301 25 % on EV batteries + Section 232 25 % on parts (assumption). Host calibrated to Ford Model e 2024: about 97.9 k EVs and a US$5.1 B EBIT loss (I1). Source codes refer to docs/MODEL.md.";
    let d = Deal {
        name: "US-controlled EV JV at 2026 tariffs".into(),
        host: "US automaker".into(),
        entrant: "Chinese EV maker".into(),
        notes: notes.into(),
        params: base,
    };
    std::fs::write(
        "assets/presets/us-controlled-jv-2026-tariffs.ron",
        to_ron_string(&d),
    )
    .unwrap();
    let mut p = base;
    p.host_stake = 1.0;
    p.royalty_rate = 0.04;
    p.tech_share = 0.4;
    let d2 = Deal { name: "Licence only: host owns 100 %, pays royalties".into(), host: "US automaker".into(), entrant: "Chinese battery maker".into(), notes: "Modelled on Ford's BlueOval Battery Park in Marshall, Michigan (I4): a wholly owned Ford plant (US$3.5 B, 35 GWh/yr, production from 2026) licensing CATL's LFP technology; CATL holds no equity and is paid through a licence. Here the host holds 100 % of the JV, the entrant puts 40 % of its lead in and earns a 4 % royalty at full sharing (1.6 % of revenue); royalty level is an assumption (licence terms are not public). Tariffs as in the 2026 preset (T1–T5).".into(), params: p };
    std::fs::write(
        "assets/presets/licence-only-host-100.ron",
        to_ron_string(&d2),
    )
    .unwrap();
    let mut p3 = base;
    p3.tariff_change = true;
    p3.tariff_change_year = 2029;
    p3.vehicle_tariff_later = 0.275;
    let d3 = Deal { name: "US-controlled EV JV, vehicle tariff falls to 27.5 % from 2029".into(), host: "US automaker".into(), entrant: "Chinese EV maker".into(), notes: "The 51/49 JV of the 2026 preset, but the vehicle tariff on Chinese-built EVs falls back from 127.5 % to its pre-2024 level of 27.5 % (MFN 2.5 % + Section 301 25 %, T2) from 2029, as after a change of policy. Shows how much of the entrant's interest in the JV rests on the tariff wall.".into(), params: p3 };
    std::fs::write(
        "assets/presets/us-controlled-jv-tariff-cut-2029.ron",
        to_ron_string(&d3),
    )
    .unwrap();
    let mut p4 = base;
    p4.host_stake = 0.75;
    p4.tech_share = 0.7;
    let d4 = Deal { name: "Host 75 %, entrant under 25 %: credit-eligible JV".into(), host: "US automaker".into(), entrant: "Chinese EV maker".into(), notes: "Example: the host holds 75 %, keeping the entrant below the 25 % foreign-entity-of-concern line of the US clean-vehicle credit rules (T7), and asks for 70 % of the technology lead in return. Check whether the entrant still gains.".into(), params: p4 };
    std::fs::write("saves/host-75-credit-eligible.ron", to_ron_string(&d4)).unwrap();
    let mut p5 = base;
    p5.host_stake = 0.5;
    p5.tech_share = 0.3;
    p5.vehicle_tariff = 0.275;
    p5.parts_tariff = 0.25;
    let d5 = Deal { name: "50/50 JV at pre-2024 tariffs".into(), host: "US automaker".into(), entrant: "Chinese EV maker".into(), notes: "Example: equal stakes, 30 % of the lead shared, the 27.5 % vehicle tariff of before 2024 (T2) and a 25 % parts tariff. With a low tariff wall the entrant's export option is worth more.".into(), params: p5 };
    std::fs::write("saves/50-50-pre-2024-tariffs.ron", to_ron_string(&d5)).unwrap();
}
