//! The rendered sounds, analysed without a device: lengths, levels,
//! melodies, and that no two cues sound alike.

use std::f32::consts::TAU;

use super::*;

// -- The sounds --------------------------------------------------------------

const RATE: u32 = 16_000;

/// Magnitude of one frequency in a signal (Goertzel).
fn goertzel(x: &[f32], rate: u32, freq: f32) -> f32 {
    let w = TAU * freq / rate as f32;
    let c = 2.0 * w.cos();
    let (mut s1, mut s2) = (0.0f32, 0.0f32);
    for &v in x {
        let s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    (s1 * s1 + s2 * s2 - c * s1 * s2).max(0.0).sqrt()
}

/// The strongest frequency between 100 Hz and 3 kHz, to within 0.5 Hz.
fn dominant(x: &[f32], rate: u32) -> f32 {
    let best = |lo: f32, hi: f32, step: f32| {
        let mut f = lo;
        let (mut best_f, mut best_m) = (lo, -1.0f32);
        while f <= hi {
            let m = goertzel(x, rate, f);
            if m > best_m {
                best_m = m;
                best_f = f;
            }
            f += step;
        }
        best_f
    };
    let coarse = best(100.0, 3000.0, 4.0);
    best(coarse - 4.0, coarse + 4.0, 0.5)
}

/// Where notes begin: 2.5 ms frames whose energy rises out of silence, or
/// to three times the most of 10 ms in the 20 ms before (a struck note; neither a
/// slow swell nor the beating of two ringing notes does that), at least
/// 50 ms apart. In seconds.
fn onsets(x: &[f32], rate: u32) -> Vec<f32> {
    let frame = (rate / 400) as usize;
    let energy: Vec<f32> = x
        .chunks(frame)
        .map(|c| c.iter().map(|v| v * v).sum())
        .collect();
    let floor = energy.iter().fold(0.0f32, |m, &e| m.max(e)) * 1e-3;
    let mut out: Vec<usize> = Vec::new();
    for k in 0..energy.len() {
        let before = energy[k.saturating_sub(8)..k.saturating_sub(4)]
            .iter()
            .fold(0.0f32, |m, &e| m.max(e));
        let rising = energy[k] > floor && (before <= floor || energy[k] > 3.0 * before);
        if rising && out.last().is_none_or(|&last| k >= last + 20) {
            out.push(k);
        }
    }
    out.iter().map(|&k| k as f32 * 0.0025).collect()
}

/// Each note's pitch, as heard: the dominant frequency just after each onset.
fn melody(cue: Cue) -> Vec<f32> {
    let x = render(cue, RATE);
    let on = onsets(&x, RATE);
    let sr = RATE as f32;
    on.iter()
        .enumerate()
        .map(|(i, &t)| {
            let end = on.get(i + 1).copied().unwrap_or(f32::MAX).min(t + 0.1);
            let a = ((t + 0.012) * sr) as usize;
            let b = ((end * sr) as usize).min(x.len());
            dominant(&x[a..b], RATE)
        })
        .collect()
}

fn near(f: f32, want: f32) -> bool {
    (f / want - 1.0).abs() < 0.015
}

#[test]
fn every_cue_has_its_length_and_no_clipping() {
    for rate in [16_000, 44_100, 48_000] {
        for cue in Cue::ALL {
            let d = design(cue);
            let x = render(cue, rate);
            let want = (d.length() * rate as f32).round() as usize;
            assert_eq!(x.len(), want, "{cue:?} at {rate}");
            assert!(x.iter().all(|v| v.is_finite()), "{cue:?}");
            let peak = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            assert!(peak <= PEAK + 1e-4, "{cue:?} peaks at {peak}");
            assert!(peak > 0.8 * d.peak(), "{cue:?} is too quiet: {peak}");
            assert!(x[0].abs() < 0.01, "{cue:?} starts with a click");
            assert!(x[x.len() - 1].abs() < 1e-3, "{cue:?} ends with a click");
            // Sample-to-sample steps stay small: no clicks anywhere.
            let jump = x.windows(2).fold(0.0f32, |m, w| m.max((w[1] - w[0]).abs()));
            assert!(jump < 0.5, "{cue:?} jumps by {jump}");
        }
    }
}

#[test]
fn the_tick_is_short_and_soft() {
    let tick = render(Cue::Tick, RATE);
    assert!(tick.len() as f32 / RATE as f32 <= 0.1);
    let rms = |x: &[f32]| (x.iter().map(|v| v * v).sum::<f32>() / x.len() as f32).sqrt();
    // Most of its energy is in its first 30 ms.
    let head = &tick[..(0.03 * RATE as f32) as usize];
    let head_energy: f32 = head.iter().map(|v| v * v).sum();
    let all_energy: f32 = tick.iter().map(|v| v * v).sum();
    assert!(head_energy > 0.9 * all_energy);
    for cue in [Cue::Start, Cue::Halfway, Cue::SetDone, Cue::Complete] {
        let x = render(cue, RATE);
        assert!(rms(&tick) < rms(&x[..tick.len()]), "{cue:?}");
    }
}

#[test]
fn each_cue_plays_its_designed_melody() {
    use Cue::*;
    let m = |c| melody(c);
    let tick = m(Tick);
    assert_eq!(tick.len(), 1, "{tick:?}");
    assert!(near(tick[0], 1250.0), "{tick:?}");

    let start = m(Start);
    assert_eq!(start.len(), 2, "{start:?}");
    assert!(
        near(start[0], 659.26) && near(start[1], 987.77),
        "{start:?}"
    );

    let halfway = m(Halfway);
    assert_eq!(halfway.len(), 1);
    assert!(near(halfway[0], 783.99), "{halfway:?}");

    let switch = m(Switch);
    assert_eq!(switch.len(), 2, "{switch:?}");
    assert!(
        near(switch[0], 1174.66) && near(switch[1], 1174.66),
        "{switch:?}"
    );

    let rest = m(Rest);
    assert_eq!(rest.len(), 1);
    assert!(near(rest[0], 392.0), "{rest:?}");

    let done = m(SetDone);
    assert_eq!(done.len(), 2, "{done:?}");
    assert!(near(done[0], 987.77) && near(done[1], 659.26), "{done:?}");

    let complete = m(Complete);
    assert_eq!(complete.len(), 3, "{complete:?}");
    for (f, want) in complete.iter().zip([523.25, 659.26, 783.99]) {
        assert!(near(*f, want), "{complete:?}");
    }

    let attention = m(Attention);
    assert_eq!(attention.len(), 3, "{attention:?}");
    for (f, want) in attention.iter().zip([880.0, 659.26, 880.0]) {
        assert!(near(*f, want), "{attention:?}");
    }
}

#[test]
fn breath_tones_rise_and_fall() {
    let pitch_at = |cue, from: f32, to: f32| {
        let x = render(cue, RATE);
        let n = x.len() as f32;
        dominant(&x[(from * n) as usize..(to * n) as usize], RATE)
    };
    let (a, b) = (
        pitch_at(Cue::Inhale, 0.15, 0.3),
        pitch_at(Cue::Inhale, 0.7, 0.85),
    );
    assert!(b > a * 1.15, "inhale rises: {a} → {b}");
    let (a, b) = (
        pitch_at(Cue::Exhale, 0.15, 0.3),
        pitch_at(Cue::Exhale, 0.7, 0.85),
    );
    assert!(a > b * 1.15, "exhale falls: {a} → {b}");
    // Soft: well below the chimes.
    let peak = |c| render(c, RATE).iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!(peak(Cue::Inhale) < 0.5 * peak(Cue::Start));
}

/// What an ear goes by: how many notes, their pitches, how long it rings.
type Signature = (usize, Vec<f32>, f32);

fn signature(cue: Cue) -> Signature {
    let x = render(cue, RATE);
    let pitches = match design(cue) {
        Design::Glide { .. } => {
            let n = x.len();
            vec![
                dominant(&x[n / 8..n / 3], RATE),
                dominant(&x[2 * n / 3..7 * n / 8], RATE),
            ]
        }
        Design::Notes { .. } => melody(cue),
    };
    // Time until the sound falls 40 dB below its peak, for good.
    let peak = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let last = x.iter().rposition(|v| v.abs() > peak * 0.01).unwrap_or(0);
    (onsets(&x, RATE).len(), pitches, last as f32 / RATE as f32)
}

#[test]
fn every_cue_can_be_told_from_every_other() {
    let sigs: Vec<(Cue, Signature)> = Cue::ALL.iter().map(|&c| (c, signature(c))).collect();
    for (i, (a, sa)) in sigs.iter().enumerate() {
        for (b, sb) in &sigs[i + 1..] {
            let differ = sa.0 != sb.0
                || sa.1.len() != sb.1.len()
                || sa
                    .1
                    .iter()
                    .zip(&sb.1)
                    .any(|(x, y)| (x / y - 1.0).abs() > 0.05);
            assert!(differ, "{a:?} {sa:?} sounds like {b:?} {sb:?}");
        }
    }
}
