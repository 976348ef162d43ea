//! The core's hot paths: reading every bundled routine, planning them, and
//! what the player does on every tick (engine tick, status, next wake-up,
//! conductor's cue look-ahead). `cargo bench --bench core` for the figures; under
//! `cargo test` each runs once as a check.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use limber::conductor::{Conductor, Setup};
use limber::cues::CuePrefs;
use limber::routine::{self, BUNDLED, Plan, PlanOptions};
use limber::session::Session;

fn sciatica() -> Arc<routine::Routine> {
    routine::bundled()
        .into_iter()
        .find(|e| e.id == "sciatica-relief")
        .unwrap()
        .routine
        .unwrap()
}

fn benches(c: &mut Criterion) {
    c.bench_function("load every bundled routine", |b| {
        b.iter(|| {
            for (id, text) in BUNDLED {
                black_box(routine::parse(id, black_box(text)).unwrap());
            }
        })
    });

    let routines: Vec<_> = routine::bundled()
        .into_iter()
        .map(|e| e.routine.unwrap())
        .collect();
    c.bench_function("plan every bundled routine", |b| {
        b.iter(|| {
            for r in &routines {
                black_box(Plan::new(r.clone(), &PlanOptions::default()));
            }
        })
    });

    // One tick of the player in the middle of a hold: move the session on,
    // read its status, find the next wake-up.
    let start = Instant::now();
    let (mut session, _) = Session::start(sciatica(), PlanOptions::default(), start);
    let mut now = start + Duration::from_secs(12);
    session.tick(now);
    c.bench_function("engine tick + status + next wake", |b| {
        b.iter(|| {
            now += Duration::from_millis(80);
            if now > start + Duration::from_secs(38) {
                now = start + Duration::from_secs(12);
                session = Session::start(sciatica(), PlanOptions::default(), start).0;
            }
            black_box(session.tick(now));
            black_box(session.status(now));
            black_box(session.next_change(now))
        })
    });

    // What the conductor adds on each tick: a copy of the session run
    // ahead by the look-ahead, and its cues.
    let setup = Setup {
        id: "sciatica-relief".into(),
        routine: sciatica(),
        options: PlanOptions::default(),
        prefs: CuePrefs::all(),
        speech: Default::default(),
        answer: None,
    };
    let (conductor, _) = Conductor::start(setup, start);
    c.bench_function("conductor tick with cue look-ahead", |b| {
        b.iter(|| {
            let mut conductor = conductor.clone();
            black_box(conductor.tick(start + Duration::from_secs(6)))
        })
    });
}

criterion_group!(core, benches);
criterion_main!(core);
