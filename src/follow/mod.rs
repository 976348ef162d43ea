//! `limber follow ROUTINE`: follow a routine by ear, from a terminal.
//!
//! The same [`Conductor`] as the window drives the routine and hands its
//! cues to the [`Audio`], which plays each on the sample it is due. On a
//! terminal, keys control the session and one status line is redrawn in
//! place; otherwise (input from a pipe or a file, or none) it still runs:
//! lines answer the questions, and at the end of the input a sensible
//! default is taken and said. Every session that got going is kept in the
//! history, as the window keeps it.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::audio::{Audio, Sound};
use crate::conductor::{Conductor, Control, Handout, Outcome as SessionOutcome, Setup};
use crate::cues::{Cue, Planned};
use crate::history::{Pain, Record, Via};
use crate::routine::{Answer, Gate, Routine, StepKind, clock};
use crate::session::{BreathPhase, Phase, Session};
use crate::settings::Settings;
use crate::speech::{SpeechPrefs, Spoken};
use crate::tr;
use crate::voice::Voice;

mod cue_log;
mod terminal;

use cue_log::CueLog;
use terminal::{Input, Screen};

/// What `limber follow` was asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub id: String,
    pub routine: Arc<Routine>,
    pub settings: Settings,
    /// The history file the session is kept in.
    pub history: PathBuf,
    /// Write each cue's planned and device times here.
    pub cue_log: Option<PathBuf>,
    /// Answer every question with this, without asking.
    pub answer: Option<Answer>,
    /// At the end, say how long the routine took against its plan (the
    /// timer's drift, for scripts/measure).
    pub timing: bool,
}

/// The longest wait between two looks at the clock, input and signals.
const MAX_WAIT: Duration = Duration::from_millis(250);

pub fn run(options: Options) -> ExitCode {
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        let _ = signal_hook::flag::register(signal, stop.clone());
    }
    crate::console::stop_on_console_events(&stop);
    let log = match options.cue_log.as_deref().map(CueLog::create).transpose() {
        Ok(log) => log,
        Err(message) => {
            eprintln!("limber: {message}");
            return ExitCode::from(1);
        }
    };
    let audio = Audio::new(&options.settings);
    let cache = crate::paths::Paths::from_env().map(|p| p.voice_cache());
    let voice = Voice::new(&options.settings, cache, Box::new(audio.phrase_sink()));
    let screen = if interactive {
        match Screen::raw() {
            Ok(screen) => screen,
            Err(e) => {
                eprintln!("{}", tr!("follow-no-terminal", error = e.to_string()));
                return ExitCode::from(1);
            }
        }
    } else {
        Screen::lines()
    };
    let input = if interactive {
        Input::keys()
    } else {
        Input::lines()
    };
    let mut follower = Follower {
        audio,
        voice,
        voice_notice: None,
        said: Vec::new(),
        screen,
        input,
        log,
        stop,
        asked: None,
        last_step: None,
        requested: Vec::new(),
    };
    follower.run(options)
}

struct Follower {
    audio: Audio,
    /// Renders the phrases; the audio says them.
    voice: Voice,
    /// The voice's notice last printed.
    voice_notice: Option<String>,
    /// Phrases handed to the audio and not yet taken by the device (cue
    /// log): by number.
    said: Vec<(u64, Spoken)>,
    screen: Screen,
    input: Input,
    log: Option<CueLog>,
    stop: Arc<AtomicBool>,
    /// The step whose question or confirmation was last asked for.
    asked: Option<usize>,
    /// The step the last printed line was about.
    last_step: Option<usize>,
    /// Cues handed to the audio and not yet taken by the device (cue log).
    requested: Vec<Planned>,
}

enum Outcome {
    Finished,
    Quit,
    Interrupted,
}

impl Follower {
    fn run(&mut self, options: Options) -> ExitCode {
        // The phrases are rendered (or read from the cache) while the
        // sound device settles, the first ones first.
        let speech = self.start_voice(&options);
        // A sound server can take a moment to settle after a stream opens:
        // start the routine once the device plays steadily.
        self.audio
            .wait_ready(Duration::from_millis(500), Duration::from_secs(3));
        if let Some(notice) = self.audio.notice() {
            self.screen
                .say(&tr!("follow-no-sound", notice = notice.to_string()));
        }
        if self.audio.is_muted() {
            self.screen.say(&tr!("follow-muted-in-settings"));
        }
        for notice in self.audio.file_notices() {
            self.screen
                .say(&tr!("follow-warning", notice = notice.to_string()));
        }
        let name = &options.routine.name;
        self.screen.say(&if self.screen.is_raw() {
            tr!("follow-title-keys", name = name, id = &options.id)
        } else {
            tr!("follow-title", name = name, id = &options.id)
        });
        // Pain is asked only of a person at a keyboard.
        let ask_pain = options.settings.ask_pain && self.screen.is_raw();
        let pain_before = if ask_pain {
            match self.ask_pain(&tr!("follow-pain-before")) {
                Asked::Rating(p) => p,
                Asked::Quit => return self.leave(ExitCode::SUCCESS),
                Asked::Interrupted => return self.leave(ExitCode::from(130)),
            }
        } else {
            None
        };
        let start = Instant::now();
        if let Some(log) = &mut self.log {
            log.start(&options.id, start, SystemTime::now());
        }
        let (mut conductor, first) = Conductor::start(
            Setup {
                id: options.id.clone(),
                routine: options.routine.clone(),
                options: options.settings.plan_options(),
                prefs: options.settings.cue_prefs(),
                speech,
                answer: options.answer,
            },
            start,
        );
        self.hand(&conductor, first);
        let outcome = self.follow(&mut conductor);
        let now = Instant::now();
        if options.timing && matches!(outcome, Outcome::Finished) {
            // Without pauses or waits (e.g. with --answer), the end should
            // come exactly the plan's total after the start.
            let took = now - start;
            let planned = conductor.plan().total;
            self.screen.say(&format!(
                "timing: planned {:.3} s, ended after {:.3} s ({:+.1} ms)",
                planned.as_secs_f64(),
                took.as_secs_f64(),
                (took.as_secs_f64() - planned.as_secs_f64()) * 1000.0
            ));
            if speech.on {
                let v = self.voice.stats();
                self.screen.say(&format!(
                    "voice: {} phrases rendered and {} read from the cache in {:.3} s; \
                     the first ready {:.3} s after it was asked for",
                    v.rendered,
                    v.cached,
                    v.busy.as_secs_f64(),
                    v.first_ready.map_or(f64::NAN, |d| d.as_secs_f64()),
                ));
            }
        }
        if let Outcome::Finished = outcome {
            self.ring_out(now);
        }
        self.drain_onsets();
        self.finish_log(Instant::now());
        let result = conductor.outcome(Instant::now(), pain_before);
        let summary = &result.summary;
        let code = match outcome {
            Outcome::Finished => {
                self.screen.say(&tr!(
                    "follow-done",
                    done = summary.done(),
                    moves = summary.moves.len(),
                    time = clock(summary.active)
                ));
                ExitCode::SUCCESS
            }
            Outcome::Quit => {
                self.screen.say(&tr!(
                    "follow-stopped",
                    time = clock(summary.active),
                    done = summary.done(),
                    moves = summary.moves.len()
                ));
                ExitCode::SUCCESS
            }
            Outcome::Interrupted => {
                self.screen.say(&tr!("follow-interrupted"));
                ExitCode::from(130)
            }
        };
        // Kept at once, as the window keeps it; the rating after is an
        // update of the same record.
        if let Some(record) = self.record(&options, &result)
            && ask_pain
            && !matches!(outcome, Outcome::Interrupted)
            && let Asked::Rating(Some(after)) = self.ask_pain(&tr!("follow-pain-after"))
        {
            let updated = record
                .clone()
                .with_pain(record.pain_before, Pain::new(after));
            if let Err(e) = crate::history::append(&options.history, &updated) {
                self.screen
                    .say(&tr!("follow-rating-not-saved", error = e.to_string()));
            }
        }
        self.leave(code)
    }

    /// Looks for the voice (if it is on) and asks for the routine's
    /// phrases; which phrases to say (none without a voice).
    fn start_voice(&mut self, options: &Options) -> SpeechPrefs {
        let mut prefs = options.settings.speech_prefs();
        if !prefs.on {
            return prefs;
        }
        if self.voice.probe(Duration::from_secs(5)) {
            self.voice.prepare(crate::speech::script(
                options.routine.clone(),
                options.settings.plan_options(),
                &prefs,
            ));
            if let crate::voice::VoiceStatus::Ready(what) = self.voice.status() {
                self.screen
                    .say(&tr!("follow-speaking-with", voice = what.to_string()));
            }
        } else {
            prefs.on = false;
            self.say_voice_notice();
        }
        prefs
    }

    /// Says the voice's notice, once each.
    fn say_voice_notice(&mut self) {
        let notice = self.voice.notice();
        if notice.is_some() && notice != self.voice_notice {
            if let Some(n) = &notice {
                self.screen.say(&format!("{n}."));
            }
            self.voice_notice = notice;
        }
    }

    fn leave(&mut self, code: ExitCode) -> ExitCode {
        self.screen.restore();
        code
    }

    /// Lets the last chime ring out before the process (and the sound with
    /// it) ends.
    fn ring_out(&mut self, now: Instant) {
        if self.audio.is_available() && !self.audio.is_muted() {
            let ring = Duration::from_secs_f32(crate::chimes::design(Cue::Complete).length());
            let end = now + ring + Duration::from_millis(200);
            // And the last phrase, if one is still to be said.
            let limit = now + Duration::from_secs(15);
            while Instant::now() < end || (self.audio.busy() && Instant::now() < limit) {
                self.drain_onsets();
                std::thread::sleep(Duration::from_millis(20));
            }
            std::thread::sleep(Duration::from_millis(100));
            self.drain_onsets();
        }
    }

    /// Keeps the session in the history (if anything was started) and says
    /// so; the record, to update with a rating.
    fn record(&mut self, options: &Options, outcome: &SessionOutcome) -> Option<Record> {
        let ended = chrono::Local::now().fixed_offset();
        let record = Record::from_outcome(outcome, ended, Via::Terminal)?;
        match crate::history::append(&options.history, &record) {
            Ok(()) => {
                self.screen.say(&tr!("follow-kept"));
                Some(record)
            }
            Err(e) => {
                self.screen
                    .say(&tr!("follow-not-kept", error = e.to_string()));
                None
            }
        }
    }

    fn follow(&mut self, conductor: &mut Conductor) -> Outcome {
        loop {
            let now = Instant::now();
            let handout = conductor.tick(now);
            self.hand(conductor, handout);
            self.drain_onsets();
            if conductor.is_finished() {
                self.screen.status("");
                return Outcome::Finished;
            }
            if self.stop.load(Ordering::SeqCst) {
                return Outcome::Interrupted;
            }
            self.say_voice_notice();
            let status = conductor.session().status(now);
            self.announce(conductor.session(), status.index, status.phase);
            if let Some(outcome) = self.answer_without_asking(conductor, now, status.phase) {
                return outcome;
            }
            self.screen
                .status(&status_line(conductor.session(), now, &self.audio));

            let wake = conductor
                .next_wake(now)
                .map_or(MAX_WAIT, |t| t.saturating_duration_since(now))
                .min(MAX_WAIT);
            if let Some(key) = self.input.next_key(wake)
                && let Some(outcome) = self.key(conductor, key)
            {
                return outcome;
            }
        }
    }

    /// Prints a line when a new step starts (and asks its question).
    fn announce(&mut self, session: &Session, index: usize, phase: Phase) {
        if self.last_step != Some(index) {
            self.last_step = Some(index);
            // A question is asked below, not announced as a step.
            if let Some(step) = session.step().filter(|s| s.kind != StepKind::Gate) {
                let start = clock(step.start);
                let what = session.plan().describe(step);
                self.screen.say(&if step.duration.is_zero() {
                    tr!("follow-step-until-done", start = start, step = what)
                } else {
                    tr!(
                        "follow-step",
                        start = start,
                        step = what,
                        length = clock(step.duration)
                    )
                });
            }
        }
        if matches!(phase, Phase::Gate | Phase::Confirm) && self.asked != Some(index) {
            self.asked = Some(index);
            if phase == Phase::Gate {
                if let Some(gate) = gate_of(session) {
                    if let Some(detail) = &gate.detail {
                        self.screen.say(detail);
                    }
                    self.screen
                        .say(&tr!("follow-question", question = &gate.question));
                }
            } else if self.screen.is_raw() {
                self.screen.say(&tr!("follow-press-enter"));
            }
        }
    }

    /// Questions and confirmations settled by typed lines or (at the end of
    /// the input) by a default that is said out loud.
    fn answer_without_asking(
        &mut self,
        conductor: &mut Conductor,
        now: Instant,
        phase: Phase,
    ) -> Option<Outcome> {
        match phase {
            Phase::Gate => {
                while let Some(line) = self.input.queue.pop_front() {
                    match parse_answer(&line) {
                        Some(answer) => {
                            self.control(conductor, Control::Answer(answer), now);
                            return None;
                        }
                        None if line.trim().eq_ignore_ascii_case("q") => {
                            return Some(Outcome::Quit);
                        }
                        None => self.screen.say(&tr!("follow-answer-y-or-n")),
                    }
                }
                if self.input.ended {
                    let answer =
                        gate_of(conductor.session()).map_or(Answer::No, |g| g.assumed_answer());
                    self.screen
                        .say(&tr!("follow-no-answer", answer = answer_word(answer)));
                    self.control(conductor, Control::Answer(answer), now);
                }
            }
            Phase::Confirm => {
                if let Some(line) = self.input.queue.pop_front() {
                    if line.trim().eq_ignore_ascii_case("q") {
                        return Some(Outcome::Quit);
                    }
                    self.control(conductor, Control::Confirm, now);
                } else if self.input.ended {
                    self.screen.say(&tr!("follow-no-confirm"));
                    self.control(conductor, Control::Confirm, now);
                }
            }
            _ => {
                // Lines typed ahead wait for the next question; "q" quits.
                if self
                    .input
                    .queue
                    .front()
                    .is_some_and(|l| l.trim().eq_ignore_ascii_case("q"))
                {
                    return Some(Outcome::Quit);
                }
            }
        }
        None
    }

    fn key(&mut self, conductor: &mut Conductor, key: KeyEvent) -> Option<Outcome> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let now = Instant::now();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let at_gate = conductor.session().status(now).phase == Phase::Gate;
        let control = match key.code {
            KeyCode::Char('c') if ctrl => return Some(Outcome::Interrupted),
            KeyCode::Char('q') | KeyCode::Esc => return Some(Outcome::Quit),
            KeyCode::Char('m') => {
                let muted = self.audio.toggle_muted();
                self.screen.say(&if muted {
                    tr!("follow-sound-off")
                } else {
                    tr!("follow-sound-on")
                });
                return None;
            }
            KeyCode::Char(' ') => Control::TogglePause,
            KeyCode::Char('n') if at_gate => Control::Answer(Answer::No),
            KeyCode::Char('y') if at_gate => Control::Answer(Answer::Yes),
            KeyCode::Char('n') | KeyCode::Right => Control::Skip,
            KeyCode::Char('p') | KeyCode::Left => Control::Back,
            KeyCode::Char('r') => Control::Restart,
            KeyCode::Char('+') | KeyCode::Char('=') => Control::AddTime,
            KeyCode::Enter => Control::Confirm,
            _ => return None,
        };
        self.control(conductor, control, now);
        None
    }

    fn control(&mut self, conductor: &mut Conductor, control: Control, now: Instant) {
        let handout = conductor.control(control, now);
        self.hand(conductor, handout);
    }

    /// Gives a handout to the audio (and says which questions were answered
    /// in advance).
    fn hand(&mut self, conductor: &Conductor, handout: Handout) {
        for (section, answer) in &handout.answered {
            if let Some(gate) = conductor.plan().routine.sections[*section].gate.as_ref() {
                self.screen.say(&tr!(
                    "follow-answered",
                    question = &gate.question,
                    answer = answer_word(*answer)
                ));
            }
        }
        self.audio.hand(&handout);
        self.audio.say(&handout.phrases, &self.voice);
        if self.log.is_some() {
            if let Some(t) = handout.cancel_after {
                self.requested.retain(|c| c.at <= t);
                self.said.retain(|(_, p)| p.at <= t);
            }
            self.requested.extend(handout.cues);
            for p in handout.phrases {
                self.said.push((self.voice.id(&p.text), p));
            }
        }
    }

    fn drain_onsets(&mut self) {
        let onsets = self.audio.take_onsets();
        if let Some(log) = &mut self.log {
            for o in onsets {
                let mut words = None;
                match o.sound {
                    Sound::Cue(cue) => {
                        if let Some(i) = self
                            .requested
                            .iter()
                            .position(|c| c.cue == cue && c.at == o.due)
                        {
                            self.requested.remove(i);
                        }
                    }
                    Sound::Phrase(id) => {
                        if let Some(i) = self
                            .said
                            .iter()
                            .position(|(n, p)| *n == id && p.at == o.due)
                        {
                            words = Some(self.said.remove(i).1.text);
                        }
                    }
                }
                log.onset(&o, words.as_deref());
            }
        }
    }

    /// Cues that were due but never reached the device go in the log too.
    fn finish_log(&mut self, now: Instant) {
        if let Some(log) = &mut self.log {
            for c in self.requested.drain(..).filter(|c| c.at <= now) {
                log.missed(c.cue, c.at);
            }
            for (_, p) in self.said.drain(..).filter(|(_, p)| p.at <= now) {
                log.missed_phrase(&p.text, p.at);
            }
            log.flush();
        }
    }

    /// Asks for a 0–10 rating on the status line: digits, Backspace, Enter
    /// (a blank answer skips it).
    fn ask_pain(&mut self, question: &str) -> Asked {
        let prompt = tr!("follow-pain-prompt", question = question);
        self.screen.say(&prompt);
        let mut typed = String::new();
        loop {
            self.screen.status(&format!("{prompt} {typed}"));
            if self.stop.load(Ordering::SeqCst) {
                return Asked::Interrupted;
            }
            let Some(key) = self.input.next_key(MAX_WAIT) else {
                if self.input.ended {
                    return Asked::Rating(None);
                }
                continue;
            };
            if key.kind == KeyEventKind::Release {
                continue;
            }
            match key.code {
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    return Asked::Interrupted;
                }
                KeyCode::Char('q') | KeyCode::Esc => return Asked::Quit,
                KeyCode::Char(c) if c.is_ascii_digit() && typed.len() < 2 => typed.push(c),
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Enter => match parse_rating(&typed) {
                    Ok(rating) => {
                        self.screen.status("");
                        return Asked::Rating(rating);
                    }
                    Err(()) => {
                        self.screen.say(&tr!("follow-pain-number"));
                        typed.clear();
                    }
                },
                _ => {}
            }
        }
    }
}

/// What became of a question for a rating.
enum Asked {
    Rating(Option<u8>),
    Quit,
    Interrupted,
}

/// A typed rating: blank is none, 0–10 is one, anything else is a mistake.
fn parse_rating(typed: &str) -> Result<Option<u8>, ()> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    match typed.parse::<u8>() {
        Ok(n) if n <= Pain::MAX => Ok(Some(n)),
        _ => Err(()),
    }
}

fn parse_answer(line: &str) -> Option<Answer> {
    match line.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(Answer::Yes),
        "n" | "no" => Some(Answer::No),
        _ => None,
    }
}

fn answer_word(answer: Answer) -> String {
    match answer {
        Answer::Yes => tr!("follow-yes"),
        Answer::No => tr!("follow-no"),
    }
}

/// The question the session waits at, if it waits at one.
fn gate_of(session: &Session) -> Option<&Gate> {
    session
        .step()
        .filter(|s| s.kind == StepKind::Gate)
        .and_then(|s| session.plan().routine.sections[s.section].gate.as_ref())
}

/// The live status: move, side, set, time left, rep, breath, and flags.
fn status_line(session: &Session, now: Instant, audio: &Audio) -> String {
    let Some(step) = session.step() else {
        return String::new();
    };
    let status = session.status(now);
    let mut parts = vec![session.plan().describe(step)];
    match status.phase {
        Phase::Gate => parts.push(tr!("follow-status-waiting")),
        Phase::Confirm => parts.push(tr!(
            "follow-status-overtime",
            overtime = clock(status.overtime)
        )),
        _ if !status.length.is_zero() => {
            // Shown rounded up, as a countdown is.
            let left = Duration::from_secs(status.remaining.as_secs_f64().ceil() as u64);
            parts.push(tr!("follow-status-left", time = clock(left)));
        }
        _ => {}
    }
    if let Some((rep, reps)) = status.rep {
        parts.push(tr!("follow-status-rep", rep = rep, reps = reps));
    }
    if let Some(breath) = status.breath {
        parts.push(match breath.phase {
            BreathPhase::Inhale => tr!("follow-status-breathe-in"),
            BreathPhase::Hold => tr!("follow-status-hold"),
            BreathPhase::Exhale => tr!("follow-status-breathe-out"),
        });
    }
    if status.phase == Phase::Paused {
        parts.push(tr!("follow-status-paused"));
    }
    if audio.is_muted() {
        parts.push(tr!("follow-status-muted"));
    } else if !audio.is_available() {
        parts.push(tr!("follow-status-no-sound"));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_blank_or_zero_to_ten() {
        assert_eq!(parse_rating(""), Ok(None));
        assert_eq!(parse_rating(" "), Ok(None));
        assert_eq!(parse_rating("0"), Ok(Some(0)));
        assert_eq!(parse_rating("10"), Ok(Some(10)));
        assert_eq!(parse_rating("11"), Err(()));
        assert_eq!(parse_rating("x"), Err(()));
    }
}
