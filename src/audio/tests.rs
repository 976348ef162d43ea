//! Audio tests without a sound card: the sample-accurate mixer fed with
//! made-up device times, and the whole audio thread against a stand-in
//! device that can be unplugged and plugged back.

use std::any::Any;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize};

use super::device::{DeviceSignature, FULL_LOOK, brief, still_missing};
use super::scheduler::{Bank, FADE_FRAMES, limit};
use super::sounds::{build_bank, resolve};
use super::*;
use crate::voice::Rendered;

const RATE: u32 = 8000;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn scheduler() -> (Scheduler, Sender<Command>, Arc<Bank>) {
    let (tx, rx) = mpsc::channel();
    let mut s = Scheduler::new(rx);
    let bank = Arc::new(build_bank(RATE, &SoundFiles::default()));
    s.bank = Some(bank.clone());
    (s, tx, bank)
}

/// Mono buffers of `frames`, the first heard at `t0`, one after another.
fn run(s: &mut Scheduler, t0: Instant, buffers: usize, frames: usize, gain: f32) -> Vec<f32> {
    let mut out = Vec::new();
    for b in 0..buffers {
        let heard = t0 + Duration::from_nanos((b * frames) as u64 * 1_000_000_000 / RATE as u64);
        let mut buf = vec![0.0; frames];
        s.fill(&mut buf, 1, heard, heard - ms(40), gain, 1.0);
        out.extend(buf);
    }
    out
}

fn first_sound(x: &[f32]) -> Option<usize> {
    x.iter().position(|v| v.abs() > 0.0)
}

#[test]
fn a_cue_starts_on_the_frame_it_is_due() {
    let (mut s, tx, bank) = scheduler();
    let t0 = Instant::now();
    // Due 1.23 s after the first frame; buffers of 512 frames (64 ms), so
    // it lands in the middle of one.
    tx.send(Command::Play(Cue::Halfway, t0 + ms(1230))).unwrap();
    let out = run(&mut s, t0, 40, 512, 1.0);
    let at = (1.23 * RATE as f64).round() as usize;
    let sound = &bank.sounds[Cue::Halfway.index()];
    assert!(out[..at].iter().all(|&v| v == 0.0), "silence before");
    for i in 0..sound.len() {
        assert!(
            (out[at + i] - limit(sound[i])).abs() < 1e-6,
            "sample {i} of the cue"
        );
    }
    let onsets = std::mem::take(&mut s.onsets);
    assert_eq!(onsets.len(), 1);
    assert_eq!(onsets[0].sound, Sound::Cue(Cue::Halfway));
    let error = onsets[0].heard.max(onsets[0].due) - onsets[0].heard.min(onsets[0].due);
    assert!(error < Duration::from_micros(130), "{error:?}");
    // It was written one buffer ahead of being heard (the 40 ms given).
    assert!(onsets[0].handed < onsets[0].heard);
}

#[test]
fn a_late_cue_plays_at_once_and_a_stale_one_not_at_all() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now() + ms(3000);
    tx.send(Command::Play(Cue::Start, t0 - ms(200))).unwrap();
    tx.send(Command::Play(Cue::Rest, t0 - ms(1500))).unwrap();
    let out = run(&mut s, t0, 4, 256, 1.0);
    assert!(
        out[1].abs() > 0.0,
        "the late one starts with the first frame"
    );
    let onsets = std::mem::take(&mut s.onsets);
    assert_eq!(onsets.len(), 1, "{onsets:?}");
    assert_eq!(onsets[0].sound, Sound::Cue(Cue::Start));
    assert_eq!(onsets[0].heard, t0);
    assert!(s.pending.is_empty());
}

#[test]
fn taken_back_cues_do_not_play_and_a_sounding_one_fades_out() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    tx.send(Command::Play(Cue::Complete, t0 + ms(100))).unwrap();
    tx.send(Command::Play(Cue::Start, t0 + ms(600))).unwrap();
    let head = run(&mut s, t0, 1, 2000, 1.0); // 250 ms: Complete sounds
    assert!(head[1000..].iter().any(|v| v.abs() > 0.01));
    tx.send(Command::CancelAfter(t0 + ms(50))).unwrap();
    let tail = run(&mut s, t0 + ms(250), 8, 1000, 1.0);
    assert!(
        tail[FADE_FRAMES + 1..].iter().all(|&v| v == 0.0),
        "silent after the fade, and Start never plays"
    );
    // The fade is gradual: no click.
    let jump = tail[..FADE_FRAMES + 1]
        .windows(2)
        .fold(0.0f32, |m, w| m.max((w[1] - w[0]).abs()));
    assert!(jump < 0.2, "{jump}");
    assert_eq!(s.onsets.len(), 1, "only Complete was started");
}

#[test]
fn cues_due_before_a_cancel_point_are_kept() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    tx.send(Command::Play(Cue::Tick, t0 + ms(100))).unwrap();
    tx.send(Command::Play(Cue::Start, t0 + ms(600))).unwrap();
    tx.send(Command::CancelAfter(t0 + ms(300))).unwrap();
    let out = run(&mut s, t0, 10, 800, 1.0);
    let cues: Vec<Sound> = s.onsets.iter().map(|o| o.sound).collect();
    assert_eq!(cues, [Sound::Cue(Cue::Tick)]);
    assert_eq!(first_sound(&out).map(|i| i / 80), Some(10), "at 100 ms");
}

#[test]
fn volume_scales_and_mute_silences() {
    let loud = {
        let (mut s, tx, _) = scheduler();
        let t0 = Instant::now();
        tx.send(Command::Play(Cue::Halfway, t0)).unwrap();
        run(&mut s, t0, 4, 1000, 1.0)
    };
    let quiet = {
        let (mut s, tx, _) = scheduler();
        let t0 = Instant::now();
        tx.send(Command::Play(Cue::Halfway, t0)).unwrap();
        run(&mut s, t0, 4, 1000, 0.25)
    };
    let peak = |x: &[f32]| x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!((peak(&quiet) / peak(&loud) - 0.25).abs() < 0.01);
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    tx.send(Command::Play(Cue::Halfway, t0)).unwrap();
    let muted = run(&mut s, t0, 4, 1000, 0.0);
    assert_eq!(peak(&muted), 0.0);
    assert!(s.onsets.is_empty(), "a muted cue is not logged as played");
}

#[test]
fn overlapping_cues_never_clip() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    for cue in [
        Cue::Complete,
        Cue::Start,
        Cue::SetDone,
        Cue::Attention,
        Cue::Switch,
    ] {
        tx.send(Command::Play(cue, t0)).unwrap();
    }
    let out = run(&mut s, t0, 4, 1000, 1.0);
    let peak = out.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    assert!(peak > 0.8 && peak < 1.0, "{peak}");
    for x in [-3.0f32, -0.9, 0.5, 0.81, 1.0, 10.0] {
        let y = limit(x);
        assert!(y.abs() < 1.0 && y.signum() == x.signum());
    }
    assert_eq!(limit(0.5), 0.5, "transparent at normal levels");
}

#[test]
fn every_channel_gets_the_cue() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    tx.send(Command::Play(Cue::Halfway, t0 + ms(10))).unwrap();
    let mut buf = vec![0.0; 2 * 800];
    s.fill(&mut buf, 2, t0, t0, 1.0, 1.0);
    assert_eq!(first_sound(&buf), Some(2 * 81));
    assert!(buf.chunks(2).all(|f| f[0] == f[1]));
}

// -- User sound files ----------------------------------------------------------

/// A 16-bit mono WAV of a sine.
fn wav(path: &Path, rate: u32, freq: f32, secs: f32) {
    let n = (rate as f32 * secs) as u32;
    let mut b = Vec::new();
    b.extend(b"RIFF");
    b.extend((36 + n * 2).to_le_bytes());
    b.extend(b"WAVEfmt ");
    b.extend(16u32.to_le_bytes());
    b.extend(1u16.to_le_bytes());
    b.extend(1u16.to_le_bytes());
    b.extend(rate.to_le_bytes());
    b.extend((rate * 2).to_le_bytes());
    b.extend(2u16.to_le_bytes());
    b.extend(16u16.to_le_bytes());
    b.extend(b"data");
    b.extend((n * 2).to_le_bytes());
    for i in 0..n {
        let v = (0.5 * (TAU * freq * i as f32 / rate as f32).sin() * 32767.0) as i16;
        b.extend(v.to_le_bytes());
    }
    std::fs::write(path, b).unwrap();
}

use std::f32::consts::TAU;

#[test]
fn user_files_replace_cues_and_broken_ones_fall_back_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    wav(&dir.path().join("gong.wav"), 22_050, 440.0, 0.5);
    std::fs::write(dir.path().join("broken.ogg"), b"not an ogg file at all").unwrap();
    let mut settings = Settings::default();
    for (cue, file) in [
        (Cue::Halfway, "gong.wav"),
        (Cue::Rest, "broken.ogg"),
        (Cue::Start, "missing.wav"),
    ] {
        settings.sounds.insert(cue, PathBuf::from(file));
    }
    let mut files = SoundFiles::from_settings(&settings, Some(dir.path()));
    files.load();
    assert_eq!(files.notices.len(), 2, "{:?}", files.notices);
    let says = |word: &str| files.notices.iter().any(|n| n.contains(word));
    assert!(says("broken.ogg") && says("built-in \"rest\""));
    assert!(says("missing.wav") && says("built-in \"start\""));

    let bank = build_bank(RATE, &files);
    let gong = &bank.sounds[Cue::Halfway.index()];
    // Resampled from 22.05 kHz: still half a second long.
    assert!(
        (gong.len() as i64 - RATE as i64 / 2).abs() <= 2,
        "{}",
        gong.len()
    );
    let built_in = crate::chimes::render(Cue::Rest, RATE);
    assert_eq!(&bank.sounds[Cue::Rest.index()][..], &built_in[..]);
    assert_eq!(
        &bank.sounds[Cue::Start.index()][..],
        &crate::chimes::render(Cue::Start, RATE)[..]
    );
}

#[test]
fn paths_are_taken_from_the_settings_folder_or_home() {
    let base = Path::new("/cfg");
    assert_eq!(
        resolve(Path::new("a.wav"), Some(base)),
        PathBuf::from("/cfg/a.wav")
    );
    assert_eq!(
        resolve(Path::new("/x/a.wav"), Some(base)),
        PathBuf::from("/x/a.wav")
    );
    let home = directories::BaseDirs::new()
        .unwrap()
        .home_dir()
        .to_path_buf();
    assert_eq!(
        resolve(Path::new("~/a.wav"), Some(base)),
        home.join("a.wav")
    );
    #[cfg(unix)]
    if let Some(set) = std::env::var_os("HOME") {
        assert_eq!(home, PathBuf::from(set), "HOME, as before, on Unix");
    }
}

// -- The audio thread ------------------------------------------------------------

fn wait_for(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) {
    let end = Instant::now() + limit;
    while !ok() {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        std::thread::sleep(ms(5));
    }
}

#[test]
fn without_a_device_it_runs_silently_and_says_why() {
    let audio = Audio::disabled(&Settings::default(), "no sound device found");
    assert!(audio.wait_started(Duration::from_secs(5)));
    assert_eq!(
        audio.status(),
        SoundStatus::Unavailable("no sound device found".into())
    );
    assert!(!audio.is_available());
    assert_eq!(
        audio.notice().as_deref(),
        Some("Sound unavailable: no sound device found")
    );
    for cue in Cue::ALL {
        audio.play(cue, Instant::now());
    }
    audio.cancel_after(Instant::now());
    audio.set_volume(0.3);
    assert_eq!(audio.volume(), 0.3);
    assert!(audio.toggle_muted());
    assert!(audio.is_muted());
    assert!(audio.take_onsets().is_empty());
    let t = Instant::now();
    drop(audio);
    assert!(
        t.elapsed() < Duration::from_millis(400),
        "drop does not hang"
    );
}

#[test]
fn the_default_device_never_fails_to_start() {
    // This machine may or may not have a sound device: either way, no panic
    // and a settled state soon.
    let audio = Audio::new(&Settings::default());
    assert!(audio.wait_started(Duration::from_secs(10)));
    match audio.status() {
        SoundStatus::Ready(name) => assert!(!name.is_empty()),
        SoundStatus::Unavailable(reason) => assert!(!reason.is_empty()),
        SoundStatus::Starting => unreachable!(),
    }
    audio.play(Cue::Tick, Instant::now());
}

/// A stand-in device: calls back every 10 ms in real time with a 30 ms
/// latency, and records what it was given. Unplugged, it stops calling
/// back and cannot be opened.
#[derive(Default)]
struct Fake {
    plugged: AtomicBool,
    opens: AtomicUsize,
    /// (when the first frame is heard, mono samples)
    heard: Mutex<Vec<(Instant, Vec<f32>)>>,
    fail_now: Mutex<Option<ErrorReport>>,
}

type ErrorReport = Box<dyn FnMut(String, bool) + Send>;

struct FakeOutput(Arc<Fake>);

struct Running(Arc<AtomicBool>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl Output for FakeOutput {
    fn probe(&mut self) -> Result<(u32, u16), String> {
        if self.0.plugged.load(Ordering::SeqCst) {
            Ok((RATE, 2))
        } else {
            Err("unplugged".into())
        }
    }

    fn start(
        &mut self,
        renderer: Renderer,
        errors: Box<dyn FnMut(String, bool) + Send>,
    ) -> Result<(String, Box<dyn Any + Send>), String> {
        self.probe()?;
        self.0.opens.fetch_add(1, Ordering::SeqCst);
        *lock(&self.0.fail_now) = Some(errors);
        let stop = Arc::new(AtomicBool::new(false));
        let (fake, stopped) = (self.0.clone(), stop.clone());
        std::thread::spawn(move || {
            // Like a real device, one buffer follows the other without a
            // gap: buffer n is heard from `start + n × 10 ms`, and is asked
            // for 30 ms before that.
            let start = Instant::now() + ms(30);
            let mut buf = vec![0.0f32; 2 * 80];
            let mut n = 0u32;
            while !stopped.load(Ordering::SeqCst) && fake.plugged.load(Ordering::SeqCst) {
                let first = start + ms(10) * n;
                std::thread::sleep((first - ms(30)).saturating_duration_since(Instant::now()));
                renderer.render(&mut buf, 2, first);
                let mono = buf.chunks(2).map(|f| f[0]).collect();
                lock(&fake.heard).push((first, mono));
                n += 1;
            }
        });
        Ok(("Fake device".into(), Box::new(Running(stop))))
    }
}

/// When the first sound after `after` was heard.
fn heard_after(fake: &Fake, after: Instant) -> Option<Instant> {
    lock(&fake.heard).iter().find_map(|(t, buf)| {
        let i = first_sound(buf)?;
        let at = *t + Duration::from_nanos(i as u64 * 1_000_000_000 / RATE as u64);
        (at >= after).then_some(at)
    })
}

fn quick() -> Timing {
    Timing {
        retry: ms(100),
        stall: ms(300),
        poll: ms(20),
    }
}

/// Audio on a plugged-in fake device, once the device is open.
fn plugged() -> (Arc<Fake>, Audio) {
    let fake = Arc::new(Fake::default());
    fake.plugged.store(true, Ordering::SeqCst);
    let audio = Audio::with_output(
        &Settings::default(),
        None,
        Box::new(FakeOutput(fake.clone())),
        quick(),
    );
    wait_for("the device", Duration::from_secs(5), || {
        audio.is_available()
    });
    (fake, audio)
}

#[test]
fn cues_are_heard_on_time_through_the_audio_thread() {
    let (fake, audio) = plugged();
    assert_eq!(audio.status(), SoundStatus::Ready("Fake device".into()));
    let due = Instant::now() + ms(150);
    audio.play(Cue::Start, due);
    wait_for("the cue", Duration::from_secs(5), || {
        heard_after(&fake, due - ms(100)).is_some()
    });
    let heard = heard_after(&fake, due - ms(100)).unwrap();
    let error = heard.max(due) - heard.min(due);
    // The first non-zero sample is the second of the cue (its attack
    // starts from zero): within two samples of the due time.
    assert!(error <= Duration::from_micros(260), "{error:?}");
    let onsets = audio.take_onsets();
    assert_eq!(onsets.len(), 1);
    assert_eq!(onsets[0].due, due);
}

#[test]
fn an_unplugged_device_is_noticed_and_sound_returns_with_it() {
    let (fake, audio) = plugged();

    // Unplugged: callbacks stop; the stall is noticed.
    fake.plugged.store(false, Ordering::SeqCst);
    wait_for("the stall", Duration::from_secs(5), || {
        !audio.is_available()
    });
    assert!(audio.notice().unwrap().starts_with("Sound unavailable"));
    let silent_due = Instant::now();
    audio.play(Cue::Halfway, silent_due);
    std::thread::sleep(ms(300));
    assert!(!audio.is_available(), "cannot be opened while unplugged");

    // Plugged back once that cue is over a second late: it is dropped, and
    // a new one is heard.
    std::thread::sleep(ms(900));
    fake.plugged.store(true, Ordering::SeqCst);
    wait_for("the device again", Duration::from_secs(5), || {
        audio.is_available()
    });
    assert!(fake.opens.load(Ordering::SeqCst) >= 2);
    let due = Instant::now() + ms(100);
    audio.play(Cue::Switch, due);
    wait_for("the cue after replugging", Duration::from_secs(5), || {
        heard_after(&fake, silent_due).is_some()
    });
    let heard = heard_after(&fake, silent_due).unwrap();
    assert!(
        heard >= due - ms(1),
        "the stale cue was dropped, not played late"
    );
    let cues: Vec<Sound> = audio.take_onsets().iter().map(|o| o.sound).collect();
    assert_eq!(cues, [Sound::Cue(Cue::Switch)]);
}

#[test]
fn a_device_error_closes_the_stream_and_it_is_opened_again() {
    let (fake, audio) = plugged();
    // A glitch (an underrun) is not fatal.
    (lock(&fake.fail_now).as_mut().unwrap())("underrun".into(), false);
    std::thread::sleep(ms(100));
    assert_eq!(fake.opens.load(Ordering::SeqCst), 1);
    (lock(&fake.fail_now).as_mut().unwrap())("device gone".into(), true);
    wait_for("the reopening", Duration::from_secs(5), || {
        fake.opens.load(Ordering::SeqCst) == 2 && audio.is_available()
    });
}

#[test]
fn waiting_for_a_steady_device() {
    let fake = Arc::new(Fake::default());
    fake.plugged.store(true, Ordering::SeqCst);
    let audio = Audio::with_output(
        &Settings::default(),
        None,
        Box::new(FakeOutput(fake.clone())),
        quick(),
    );
    let t = Instant::now();
    assert!(audio.wait_ready(ms(200), Duration::from_secs(5)));
    assert!(t.elapsed() >= ms(200), "it waited for the device to settle");
    let steady = audio.shared.steady_since().unwrap();
    assert!(steady + ms(200) <= Instant::now());

    let none = Audio::disabled(&Settings::default(), "none");
    let t = Instant::now();
    assert!(!none.wait_ready(ms(200), Duration::from_secs(5)));
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "no waiting without a device"
    );
}

#[test]
fn device_errors_are_shortened_for_the_notice() {
    assert_eq!(
        brief(&"The requested audio device is not available. It may have been disconnected."),
        "the requested audio device is not available"
    );
    assert_eq!(brief(&"No sound"), "no sound");
}

#[test]
fn new_sound_files_are_swapped_in_without_reopening_the_device() {
    let dir = tempfile::tempdir().unwrap();
    wav(&dir.path().join("low.wav"), RATE, 200.0, 0.3);
    let fake = Arc::new(Fake::default());
    fake.plugged.store(true, Ordering::SeqCst);
    let audio = Audio::with_output(
        &Settings::default(),
        Some(dir.path().to_path_buf()),
        Box::new(FakeOutput(fake.clone())),
        quick(),
    );
    wait_for("the device", Duration::from_secs(5), || {
        audio.is_available()
    });
    let mut settings = Settings::default();
    settings
        .sounds
        .insert(Cue::Tick, dir.path().join("low.wav"));
    // A missing file for another cue: its notice says the files were read.
    settings.sounds.insert(Cue::Rest, "x.wav".into());
    audio.apply(&settings);
    wait_for("the notice", Duration::from_secs(5), || {
        !audio.file_notices().is_empty()
    });
    assert_eq!(audio.file_notices().len(), 1, "{:?}", audio.file_notices());
    let due = Instant::now() + ms(100);
    audio.play(Cue::Tick, due);
    wait_for("the cue", Duration::from_secs(5), || {
        heard_after(&fake, due - ms(50)).is_some()
    });
    // The file's 0.3 s, not the built-in 80 ms tick.
    std::thread::sleep(ms(400));
    let heard = lock(&fake.heard);
    let loud: usize = heard
        .iter()
        .filter(|(t, _)| *t >= due - ms(50))
        .map(|(_, b)| b.iter().filter(|v| v.abs() > 0.01).count())
        .sum();
    assert!(loud as f32 > 0.2 * RATE as f32, "{loud} loud samples");
    assert_eq!(fake.opens.load(Ordering::SeqCst), 1);
}

#[test]
fn the_handle_can_live_anywhere_in_the_window() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Audio>();
    send_sync::<SoundStatus>();
    send_sync::<crate::conductor::Conductor>();
}

#[test]
fn when_not_wanted_the_device_closes_once_quiet_and_opens_again_when_wanted() {
    let (fake, audio) = plugged();
    assert_eq!(fake.opens.load(Ordering::SeqCst), 1);

    // A cue already handed over still sounds after sound stops being wanted.
    let due = Instant::now() + ms(80);
    audio.play(Cue::Start, due);
    audio.set_wanted(false);
    wait_for("the last cue", Duration::from_secs(5), || {
        heard_after(&fake, due - ms(50)).is_some()
    });
    // Then the stream closes: its callbacks stop.
    wait_for("the device to close", Duration::from_secs(5), || {
        let before = lock(&fake.heard).len();
        std::thread::sleep(ms(60));
        lock(&fake.heard).len() == before
    });
    // Nothing is opened again while not wanted, whatever the retry time.
    std::thread::sleep(ms(500));
    assert_eq!(fake.opens.load(Ordering::SeqCst), 1);
    assert_eq!(audio.notice(), None, "closing on purpose is no problem");

    audio.set_wanted(true);
    wait_for("the device to reopen", Duration::from_secs(5), || {
        fake.opens.load(Ordering::SeqCst) == 2
    });
    let due = Instant::now() + ms(150);
    audio.play(Cue::Switch, due);
    wait_for("a cue after reopening", Duration::from_secs(5), || {
        heard_after(&fake, due - ms(100)).is_some()
    });
}

#[test]
fn a_missing_device_is_looked_for_again_only_when_something_changed() {
    let t0 = Instant::now();
    let nothing = Some(DeviceSignature(vec![]));
    let card = Some(DeviceSignature(vec!["pcmC0D0p".into()]));
    let last = (nothing.clone(), t0, "no sound card".to_string());
    // Same devices, shortly after: answered from the last failure.
    assert_eq!(
        still_missing(Some(&last), &nothing, t0 + ms(20_000)),
        Some("no sound card")
    );
    // A card appeared: look again at once.
    assert_eq!(still_missing(Some(&last), &card, t0 + ms(2_000)), None);
    // Nothing changed, but a minute went by: a full look anyway.
    assert_eq!(still_missing(Some(&last), &nothing, t0 + FULL_LOOK), None);
    // No failure yet, or a system where devices cannot be seen: always look.
    assert_eq!(still_missing(None, &nothing, t0), None);
    let unseen = (None, t0, "no device".to_string());
    assert_eq!(still_missing(Some(&unseen), &None, t0 + ms(10)), None);
}

// -- Phrases -----------------------------------------------------------------

/// A made-up phrase: a steady tone at half the device's rate, `secs` long.
fn phrase(secs: f64) -> Arc<Rendered> {
    let rate = RATE / 2;
    let n = (secs * f64::from(rate)) as usize;
    Arc::new(Rendered {
        rate,
        samples: (0..n)
            .map(|i| ((i as f32 * 0.3).sin() * 8000.0) as i16 + 9000)
            .collect(),
    })
}

fn say(tx: &Sender<Command>, id: u64, at: Instant, until: Option<Instant>) {
    tx.send(Command::Say(id, at, until)).unwrap();
}

#[test]
fn a_phrase_starts_on_its_frame_at_its_own_rate() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    s.phrases.table.insert(7, phrase(0.5));
    say(&tx, 7, t0 + ms(1230), None);
    let out = run(&mut s, t0, 40, 512, 1.0);
    let at = (1.23 * RATE as f64).round() as usize;
    assert_eq!(first_sound(&out), Some(at), "on its frame");
    // Half the device's rate: twice as many frames, the same 0.5 s.
    let end = out.iter().rposition(|v| v.abs() > 0.0).unwrap();
    let heard = (end - at) as f64 / f64::from(RATE);
    assert!((heard - 0.5).abs() < 0.01, "{heard}");
    // Every other frame is the phrase's own sample; those between lie
    // between their neighbours.
    let p = phrase(0.5);
    let level = |i: usize| f32::from(p.samples[i]) / 32768.0;
    assert!((out[at + 10] - limit(level(5))).abs() < 1e-4);
    let mid = out[at + 11];
    let (a, b) = (limit(level(5)), limit(level(6)));
    assert!(mid >= a.min(b) - 1e-4 && mid <= a.max(b) + 1e-4);
    assert_eq!(s.onsets[0].sound, Sound::Phrase(7));
}

#[test]
fn a_phrase_not_ready_by_its_moment_is_dropped_not_played_late() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    say(&tx, 7, t0 + ms(100), None);
    let first = run(&mut s, t0, 4, 512, 1.0);
    assert!(first.iter().all(|&v| v == 0.0));
    // It arrives after its moment: never said.
    s.phrases.table.insert(7, phrase(0.3));
    let later = run(&mut s, t0 + ms(256), 10, 512, 1.0);
    assert!(later.iter().all(|&v| v == 0.0), "not late");
    assert!(s.onsets.is_empty());
    assert!(!s.busy());
}

#[test]
fn a_phrase_that_would_run_into_the_next_sound_is_dropped() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    s.phrases.table.insert(1, phrase(0.5));
    s.phrases.table.insert(2, phrase(0.5));
    say(&tx, 1, t0 + ms(100), Some(t0 + ms(500)));
    say(&tx, 2, t0 + ms(1000), Some(t0 + ms(1600)));
    let out = run(&mut s, t0, 30, 512, 1.0);
    assert_eq!(
        first_sound(&out),
        Some(RATE as usize),
        "only the one that fits"
    );
    assert_eq!(s.onsets.len(), 1);
}

#[test]
fn a_new_phrase_cuts_the_last_and_a_cut_fades_out() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    s.phrases.table.insert(1, phrase(2.0));
    s.phrases.table.insert(2, phrase(0.5));
    say(&tx, 1, t0, None);
    say(&tx, 2, t0 + ms(1000), None);
    let out = run(&mut s, t0, 4, 4000, 1.0);
    let at = RATE as usize;
    // From the second phrase's start, the first fades within FADE_FRAMES:
    // afterwards only the second sounds.
    let second = phrase(0.5);
    for i in [FADE_FRAMES + 10, FADE_FRAMES + 40] {
        let own = f32::from(second.samples[i / 2]) / 32768.0;
        assert!(
            (out[at + i] - limit(own)).abs() < 0.02,
            "frame {i}: {}",
            out[at + i]
        );
    }
    // A cut (a skip) fades what is being said, without a click.
    s.phrases.table.insert(3, phrase(2.0));
    say(&tx, 3, t0 + ms(2000), None);
    let _ = run(&mut s, t0 + ms(2000), 1, 800, 1.0);
    tx.send(Command::Hush).unwrap();
    let out = run(&mut s, t0 + ms(2100), 1, 800, 1.0);
    assert!(
        out[FADE_FRAMES + 1..].iter().all(|&v| v == 0.0),
        "faded out"
    );
    let steps = out[..FADE_FRAMES].windows(2).map(|w| (w[1] - w[0]).abs());
    assert!(steps.fold(0.0f32, f32::max) < 0.1, "no click");
}

#[test]
fn taken_back_and_muted_phrases_are_not_said() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    s.phrases.table.insert(1, phrase(0.3));
    say(&tx, 1, t0 + ms(500), None);
    tx.send(Command::CancelAfter(t0 + ms(200))).unwrap();
    say(&tx, 1, t0 + ms(900), None);
    let muted = run(&mut s, t0, 20, 512, 0.0);
    assert!(muted.iter().all(|&v| v == 0.0));
    assert!(s.onsets.is_empty(), "muted: not said later either");
    assert!(!s.busy());
}

#[test]
fn the_voice_level_scales_phrases_and_not_chimes() {
    let (mut s, tx, _) = scheduler();
    let t0 = Instant::now();
    s.phrases.table.insert(1, phrase(0.3));
    say(&tx, 1, t0, None);
    let mut buf = vec![0.0; 400];
    s.fill(&mut buf, 1, t0, t0, 1.0, 0.5);
    let p = phrase(0.3);
    let own = f32::from(p.samples[50]) / 32768.0;
    assert!((buf[100] - limit(own * 0.5)).abs() < 1e-4);
}
