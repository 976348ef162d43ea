//! Times the voice on a whole routine: renders every phrase it would say,
//! first with an empty cache (cold), then again from the cache (warm), and
//! prints both and how soon the first phrase was ready each time
//! (scripts/measure-audio runs it):
//!
//!     cargo run --release --example voice_render -- [ROUTINE]
//!
//! ROUTINE is an id or a .ron file (default: sciatica-relief). Uses the
//! platform's engine (espeak-ng on Linux) with the default settings, in the
//! language of the environment, and a fresh temporary cache.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use limber::settings::Settings;
use limber::voice::{Rendered, Sink, Stats, Voice};

/// Takes the phrases and drops them: only the rendering is timed.
struct Nowhere;

impl Sink for Nowhere {
    fn deliver(&self, _id: u64, _phrase: Arc<Rendered>) {}
    fn play_now(&self, _id: u64) {}
    fn forget(&self) {}
}

fn main() -> ExitCode {
    let routine = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "sciatica-relief".into());
    limber::i18n::apply(limber::i18n::LanguageChoice::System);
    let settings = Settings {
        voice: true,
        ..Settings::default()
    };
    let nowhere = std::env::temp_dir().join("limber-voice-render-no-routines");
    let (id, routine) = match limber::library::find(&routine, &nowhere) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("voice_render: {e}");
            return ExitCode::from(2);
        }
    };
    let script = limber::speech::script(routine, settings.plan_options(), &settings.speech_prefs());
    let cache = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("voice_render: no temporary folder: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut runs = Vec::new();
    for _ in ["cold", "warm"] {
        let voice = Voice::new(
            &settings,
            Some(cache.path().to_path_buf()),
            Box::new(Nowhere),
        );
        if !voice.probe(Duration::from_secs(5)) {
            eprintln!(
                "voice_render: no voice: {}",
                voice.notice().unwrap_or_default()
            );
            return ExitCode::FAILURE;
        }
        let started = Instant::now();
        voice.prepare(script.clone());
        if !voice.wait_idle(Duration::from_secs(600)) {
            eprintln!("voice_render: the phrases were not ready within 10 minutes");
            return ExitCode::FAILURE;
        }
        runs.push((started.elapsed(), voice.stats()));
    }
    println!("voice render of {id}: {} phrases", script.len());
    for (name, (took, stats)) in ["cold", "warm"].iter().zip(&runs) {
        println!("{}", line(name, *took, stats));
    }
    let (_, warm) = runs[1];
    if warm.rendered > 0 {
        eprintln!(
            "voice_render: the warm run rendered {} phrases: the cache did not keep them",
            warm.rendered
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn line(name: &str, took: Duration, stats: &Stats) -> String {
    format!(
        "voice render {name}: {:.3} s for all ({} rendered, {} from the cache, {} failed); first phrase ready after {:.3} s",
        took.as_secs_f64(),
        stats.rendered,
        stats.cached,
        stats.failed,
        stats.first_ready.map_or(f64::NAN, |d| d.as_secs_f64()),
    )
}
