//! Picture fixtures, made here rather than shipped: small PNG, JPEG, GIF
//! and SVG files, a broken one and a huge one.

#![allow(dead_code)]

use std::path::Path;

use image::codecs::gif::GifEncoder;
use image::{Delay, Frame, ImageFormat, Rgba, RgbaImage};

/// A picture whose left half is `left` and right half `right`, so a
/// mirrored copy is told apart from the original.
pub fn halves(width: u32, height: u32, left: [u8; 3], right: [u8; 3]) -> RgbaImage {
    RgbaImage::from_fn(width, height, |x, _| {
        let [r, g, b] = if x < width / 2 { left } else { right };
        Rgba([r, g, b, 255])
    })
}

pub const GREEN: [u8; 3] = [30, 200, 60];
pub const PURPLE: [u8; 3] = [120, 40, 200];

pub fn png(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    halves(80, 60, GREEN, PURPLE)
        .save_with_format(path, ImageFormat::Png)
        .unwrap();
}

pub fn jpeg(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let rgb = image::DynamicImage::ImageRgba8(halves(80, 60, PURPLE, GREEN)).to_rgb8();
    rgb.save_with_format(path, ImageFormat::Jpeg).unwrap();
}

/// An animated GIF of three frames, 100 ms each.
pub fn gif(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let file = std::fs::File::create(path).unwrap();
    let mut encoder = GifEncoder::new(file);
    let frames = [GREEN, PURPLE, [200, 200, 60]].map(|c| {
        Frame::from_parts(
            halves(40, 30, c, [255, 255, 255]),
            0,
            0,
            Delay::from_numer_denom_ms(100, 1),
        )
    });
    encoder.encode_frames(frames).unwrap();
}

pub fn svg(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        path,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><rect x="20" y="40" width="160" height="200" fill="#e8765a"/><circle cx="300" cy="150" r="60" fill="#287882"/></svg>"##,
    )
    .unwrap();
}

/// A file named like a PNG that is not one.
pub fn broken(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, b"\x89PNG\r\n\x1a\nthis is not the rest of a PNG").unwrap();
}

/// A real PNG far wider than pictures may be (small on disk).
pub fn huge(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    RgbaImage::from_pixel(9000, 4, Rgba([0, 0, 0, 255]))
        .save_with_format(path, ImageFormat::Png)
        .unwrap();
}
