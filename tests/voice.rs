//! The voice against the plans of the bundled routines, with the real
//! espeak-ng (installed by `scripts/setup`): every phrase the conductor
//! hands out, at its rendered length, ends before the next sound, so none
//! is dropped and none overlaps the next cue.
#![cfg(target_os = "linux")]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use limber::conductor::{Conductor, Control, Handout, Setup};
use limber::routine::{Answer, PlanOptions};
use limber::session::Phase;
use limber::settings::Settings;
use limber::speech::{SpeechPrefs, Spoken, script};
use limber::voice::{Cache, Espeak, RENDER_TIMEOUT, Rendered, Sink, Voice};

#[derive(Clone, Default)]
struct Collect(Arc<Mutex<HashMap<u64, Arc<Rendered>>>>);

impl Sink for Collect {
    fn deliver(&self, id: u64, phrase: Arc<Rendered>) {
        self.0.lock().unwrap().insert(id, phrase);
    }
    fn play_now(&self, _: u64) {}
    fn forget(&self) {}
}

/// Follows a routine as a front end does, answering each question "no"
/// a few seconds after it is asked; every phrase handed out and not taken
/// back.
fn phrases_of(id: &str, speech: SpeechPrefs) -> Vec<Spoken> {
    let (found, routine) = limber::library::find(id, std::path::Path::new("/nonexistent")).unwrap();
    let base = Instant::now();
    let setup = Setup {
        id: found,
        routine,
        options: PlanOptions::default(),
        prefs: Settings::default().cue_prefs(),
        speech,
        answer: None,
    };
    let (mut c, first) = Conductor::start(setup, base);
    let mut said: Vec<Spoken> = Vec::new();
    let mut hand = |h: Handout| {
        if let Some(t) = h.cancel_after {
            said.retain(|p| p.at <= t);
        }
        said.extend(h.phrases);
    };
    hand(first);
    let mut now = base;
    let mut waiting: Option<Instant> = None;
    for _ in 0..100_000 {
        hand(c.tick(now));
        if c.is_finished() {
            return said;
        }
        let mut next = c.next_wake(now);
        let phase = c.session().status(now).phase;
        if matches!(phase, Phase::Gate | Phase::Confirm) {
            let since = *waiting.get_or_insert(now);
            if now >= since + Duration::from_secs(8) {
                let control = if phase == Phase::Gate {
                    Control::Answer(Answer::No)
                } else {
                    Control::Confirm
                };
                hand(c.control(control, now));
                waiting = None;
                // The last move may end with the answer: look again at once.
                next = c.next_wake(now).or(Some(now));
            } else {
                next = Some(since + Duration::from_secs(8));
            }
        }
        now = next
            .unwrap_or_else(|| {
                panic!(
                    "{id}: nothing to wait for at {phase:?}, step {}",
                    c.session().status(now).index
                )
            })
            .max(now + Duration::from_millis(1));
    }
    panic!("{id} did not finish");
}

#[test]
fn every_phrase_of_the_bundled_routines_fits_before_the_next_sound() {
    let cache = tempfile::tempdir().unwrap();
    let sink = Collect::default();
    let settings = Settings::default();
    let voice = Voice::with_engine(
        &settings,
        Box::new(Espeak::new()),
        Cache::new(Some(cache.path().to_path_buf())),
        Box::new(sink.clone()),
        RENDER_TIMEOUT,
    );
    let mut checked = 0;
    for id in [
        "sciatica-relief",
        "stretches-only",
        "foam-roll",
        "desk-break",
        "massage-ball",
        "cold-pack",
    ] {
        let said = phrases_of(id, SpeechPrefs::ON);
        let (_, routine) = limber::library::find(id, std::path::Path::new("/nonexistent")).unwrap();
        voice.prepare(script(routine, PlanOptions::default(), &SpeechPrefs::ON));
        assert!(voice.wait_idle(Duration::from_secs(60)));
        assert!(
            voice.is_available(),
            "espeak-ng is missing: run scripts/setup --test"
        );
        // The end's words carry the time actually spent, which the script
        // can only guess: they are rendered when handed out, as the audio
        // asks for them.
        for p in &said {
            voice.want(&p.text);
        }
        assert!(voice.wait_idle(Duration::from_secs(60)));
        let rendered = sink.0.lock().unwrap().clone();
        for p in &said {
            let phrase = rendered
                .get(&voice.id(&p.text))
                .unwrap_or_else(|| panic!("{id}: \"{}\" was not rendered", p.text));
            let ends = p.at + phrase.duration();
            if let Some(until) = p.until {
                assert!(
                    ends <= until,
                    "{id}: \"{}\" ({:.2} s) runs {:.2} s past the next sound",
                    p.text,
                    phrase.duration().as_secs_f64(),
                    (ends - until).as_secs_f64()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}
