//! The deal map's heatmap as a texture: one block of pixels a grid cell, with the deal zone's
//! outline drawn in, rebuilt only when what it shows changes.

use eframe::egui::{self, Color32, ColorImage, TextureHandle, TextureOptions};

use crate::app::shell::style::color;
use crate::figure::dealmap::MapMode;
use crate::figure::heatmap::Heatmap;
use crate::palette::zone_outline;

/// Pixels per grid cell in the map image: enough for a crisp zone outline.
fn cell_pixels(n: usize) -> usize {
    (400 / n.max(1)).clamp(3, 40)
}

/// The heatmap image, top row = highest tech share, with the zone's outline drawn in (`edge`
/// on the outlined sides, `halo` just inside).
pub fn map_image(map: &Heatmap, edge: Color32, halo: Color32) -> ColorImage {
    let n = map.n;
    let f = cell_pixels(n);
    let size = n * f;
    let mut pixels = vec![Color32::BLACK; size * size];
    let line = (f / 4).max(1);
    for j in 0..n {
        for i in 0..n {
            let c = color(map.color(i, j));
            let s = map.sides(i, j);
            let row0 = (n - 1 - j) * f;
            for y in 0..f {
                for x in 0..f {
                    // Distance in from the nearest outlined side of this cell.
                    let mut depth = usize::MAX;
                    if s.left {
                        depth = depth.min(x);
                    }
                    if s.right {
                        depth = depth.min(f - 1 - x);
                    }
                    if s.above {
                        depth = depth.min(y);
                    }
                    if s.below {
                        depth = depth.min(f - 1 - y);
                    }
                    pixels[(row0 + y) * size + i * f + x] = if depth < line {
                        edge
                    } else if depth < 2 * line {
                        halo
                    } else {
                        c
                    };
                }
            }
        }
    }
    ColorImage::new([size, size], pixels)
}

/// The texture of the shown map, rebuilt only when its grid, colouring or theme changes.
#[derive(Default)]
pub struct MapTexture {
    key: Option<(u64, MapMode, bool)>,
    texture: Option<TextureHandle>,
}

impl MapTexture {
    /// The texture for `map`, which is the figure of grid `generation` coloured by `mode`.
    pub fn get(
        &mut self,
        ctx: &egui::Context,
        map: &Heatmap,
        generation: u64,
        mode: MapMode,
        dark: bool,
    ) -> &TextureHandle {
        let key = (generation, mode, dark);
        if self.key != Some(key) || self.texture.is_none() {
            let (edge, halo) = zone_outline(dark);
            let image = map_image(map, color(edge), color(halo));
            self.texture = Some(ctx.load_texture("deal_map", image, TextureOptions::NEAREST));
            self.key = Some(key);
        }
        self.texture.get_or_insert_with(|| {
            ctx.load_texture("deal_map", ColorImage::default(), TextureOptions::NEAREST)
        })
    }
}
