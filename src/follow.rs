//! `limber follow ROUTINE`: follow a routine by ear, from a terminal.
//!
//! The same engine and cue mapping as the window: the session gives events,
//! [`Prompter`] turns them into cues a little ahead of time, [`Audio`]
//! plays them on the sample they are due. On a terminal, keys control the
//! session and one status line is redrawn in place; otherwise (input from a
//! pipe or a file, or none) it still runs: lines answer the questions, and
//! at the end of the input a sensible default is taken and said.

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::audio::{Audio, Onset};
use crate::cues::{self, Cue, CuePrefs, LOOKAHEAD, Planned, Prompter};
use crate::routine::{Answer, Routine, StepKind, clock};
use crate::session::{ADD_TIME, BreathPhase, Event, Phase, Session};
use crate::settings::Settings;

/// What `limber follow` was asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub id: String,
    pub routine: Arc<Routine>,
    pub settings: Settings,
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
    let screen = if interactive {
        match Screen::raw() {
            Ok(screen) => screen,
            Err(e) => {
                eprintln!("limber: cannot set up the terminal ({e})");
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
    let mut prompter = Prompter::new(CuePrefs::from_settings(&options.settings), LOOKAHEAD);
    if let Some(answer) = options.answer {
        prompter = prompter.answering(answer);
    }
    let mut follower = Follower {
        prompter,
        audio,
        screen,
        input,
        log,
        answer: options.answer,
        stop,
        asked: None,
        last_step: None,
        requested: Vec::new(),
    };
    follower.run(options)
}

struct Follower {
    prompter: Prompter,
    audio: Audio,
    screen: Screen,
    input: Input,
    log: Option<CueLog>,
    answer: Option<Answer>,
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
        // A sound server can take a moment to settle after a stream opens:
        // start the routine once the device plays steadily.
        self.audio
            .wait_ready(Duration::from_millis(500), Duration::from_secs(3));
        if let Some(notice) = self.audio.notice() {
            self.screen.say(&format!(
                "{notice}. Following silently; sound returns when a device does."
            ));
        }
        if self.audio.is_muted() {
            self.screen
                .say("Sound is off (muted in the settings; m turns it on).");
        }
        for notice in self.audio.file_notices() {
            self.screen.say(&format!("warning: {notice}"));
        }
        self.screen.say(&format!(
            "{} ({}){}",
            options.routine.name,
            options.id,
            if self.screen.is_raw() {
                " · Space pause · n/→ skip · p/← back · r restart · + 15 s · Enter done · m mute · q quit"
            } else {
                ""
            }
        ));
        let start = Instant::now();
        let wall = SystemTime::now();
        if let Some(log) = &mut self.log {
            log.start(&options.id, start, wall);
        }
        let (mut session, events) = Session::start(
            options.routine.clone(),
            options.settings.plan_options(),
            start,
        );
        let cues = self.prompter.take(&events, session.plan());
        self.hand(cues);
        let outcome = self.follow(&mut session);
        let now = Instant::now();
        if options.timing && matches!(outcome, Outcome::Finished) {
            // Without pauses or waits (e.g. with --answer), the end should
            // come exactly the plan's total after the start.
            let took = now - start;
            let planned = session.plan().total;
            self.screen.say(&format!(
                "timing: planned {:.3} s, ended after {:.3} s ({:+.1} ms)",
                planned.as_secs_f64(),
                took.as_secs_f64(),
                (took.as_secs_f64() - planned.as_secs_f64()) * 1000.0
            ));
        }
        if let Outcome::Finished = outcome {
            // Let the last chime ring out before the process (and the sound
            // with it) ends.
            if self.audio.is_available() && !self.audio.is_muted() {
                let ring = Duration::from_secs_f32(cues::design(Cue::Complete).length());
                let end = now + ring + Duration::from_millis(200);
                while Instant::now() < end {
                    self.drain_onsets();
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
        }
        self.drain_onsets();
        self.finish_log(Instant::now());
        let summary = session.summary(Instant::now());
        let code = match outcome {
            Outcome::Finished => {
                self.screen.say(&format!(
                    "Done: {} of {} moves in {}.",
                    summary.done(),
                    summary.moves.len(),
                    clock(summary.active)
                ));
                ExitCode::SUCCESS
            }
            Outcome::Quit => {
                self.screen.say(&format!(
                    "Stopped after {} ({} of {} moves done).",
                    clock(summary.active),
                    summary.done(),
                    summary.moves.len()
                ));
                ExitCode::SUCCESS
            }
            Outcome::Interrupted => {
                self.screen.say("Interrupted.");
                ExitCode::from(130)
            }
        };
        self.screen.restore();
        code
    }

    fn follow(&mut self, session: &mut Session) -> Outcome {
        loop {
            let now = Instant::now();
            let mut events = session.tick(now);
            // An answer given in advance is given the moment the gate is
            // reached, as the prompter's previews assumed.
            if let (Some(answer), Some(at)) = (self.answer, Prompter::gate_reached(&events))
                && session.step().is_some_and(|s| s.kind == StepKind::Gate)
            {
                if let Some(gate) = session
                    .step()
                    .and_then(|s| session.plan().routine.sections[s.section].gate.as_ref())
                {
                    let said = if answer == Answer::Yes { "yes" } else { "no" };
                    self.screen
                        .say(&format!("{} {said} (--answer)", gate.question));
                }
                events.extend(session.answer(at, answer));
                events.extend(session.tick(now));
            }
            let cues = self.prompter.take(&events, session.plan());
            self.hand(cues);
            self.drain_onsets();
            if session.is_finished() {
                self.screen.status("");
                return Outcome::Finished;
            }
            if self.stop.load(Ordering::SeqCst) {
                return Outcome::Interrupted;
            }
            let status = session.status(now);
            self.announce(session, status.index, status.phase);
            if let Some(outcome) = self.answer_without_asking(session, now, status.phase) {
                return outcome;
            }
            let cues = self.prompter.preview(session, now);
            self.hand(cues);
            self.screen.status(&status_line(session, now, &self.audio));

            let wake = [session.next_change(now), self.prompter.wake_at()]
                .into_iter()
                .flatten()
                .min()
                .map_or(MAX_WAIT, |t| t.saturating_duration_since(now))
                .min(MAX_WAIT);
            if let Some(key) = self.input.next_key(wake)
                && let Some(outcome) = self.key(session, key)
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
                let length = if step.kind == StepKind::Gate {
                    String::new()
                } else if step.duration.is_zero() {
                    " (until you are done)".into()
                } else {
                    format!(" ({})", clock(step.duration))
                };
                self.screen.say(&format!(
                    "[{}] {}{length}",
                    clock(step.start),
                    session.plan().describe(step)
                ));
            }
        }
        if matches!(phase, Phase::Gate | Phase::Confirm) && self.asked != Some(index) {
            self.asked = Some(index);
            if phase == Phase::Gate && self.answer.is_none() {
                if let Some(gate) = session
                    .step()
                    .and_then(|s| session.plan().routine.sections[s.section].gate.as_ref())
                {
                    if let Some(detail) = &gate.detail {
                        self.screen.say(detail);
                    }
                    self.screen
                        .say(&format!("{} Answer y (yes) or n (no).", gate.question));
                }
            } else if phase == Phase::Confirm && self.screen.is_raw() {
                self.screen.say("Press Enter when you are done.");
            }
        }
    }

    /// Gates and confirmations settled by `--answer`, typed lines, or (at
    /// the end of the input) a default that is said out loud.
    fn answer_without_asking(
        &mut self,
        session: &mut Session,
        now: Instant,
        phase: Phase,
    ) -> Option<Outcome> {
        match phase {
            Phase::Gate => {
                if let Some(answer) = self.answer {
                    self.control(session, now, |s, t| s.answer(t, answer));
                    return None;
                }
                while let Some(line) = self.input.queue.pop_front() {
                    match parse_answer(&line) {
                        Some(answer) => {
                            self.control(session, now, |s, t| s.answer(t, answer));
                            return None;
                        }
                        None if line.trim().eq_ignore_ascii_case("q") => {
                            return Some(Outcome::Quit);
                        }
                        None => self.screen.say("Please answer y or n."),
                    }
                }
                if self.input.ended {
                    let answer = session
                        .step()
                        .and_then(|s| session.plan().routine.sections[s.section].gate.as_ref())
                        .map_or(Answer::No, |g| g.assumed_answer());
                    self.screen.say(&format!(
                        "No answer given (end of input): taking \"{}\", as `limber plan` shows it. \
                         Use --answer yes|no to choose.",
                        if answer == Answer::Yes { "yes" } else { "no" }
                    ));
                    self.control(session, now, |s, t| s.answer(t, answer));
                }
            }
            Phase::Confirm => {
                if let Some(line) = self.input.queue.pop_front() {
                    if line.trim().eq_ignore_ascii_case("q") {
                        return Some(Outcome::Quit);
                    }
                    self.control(session, now, |s, t| s.confirm(t));
                } else if self.input.ended {
                    self.screen
                        .say("No one to confirm (end of input): moving on.");
                    self.control(session, now, |s, t| s.confirm(t));
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

    fn key(&mut self, session: &mut Session, key: KeyEvent) -> Option<Outcome> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let now = Instant::now();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let phase = session.status(now).phase;
        match key.code {
            KeyCode::Char('c') if ctrl => return Some(Outcome::Interrupted),
            KeyCode::Char('q') | KeyCode::Esc => return Some(Outcome::Quit),
            KeyCode::Char(' ') => self.control(session, now, |s, t| s.toggle_pause(t)),
            KeyCode::Char('n') if phase == Phase::Gate => {
                self.control(session, now, |s, t| s.answer(t, Answer::No))
            }
            KeyCode::Char('y') if phase == Phase::Gate => {
                self.control(session, now, |s, t| s.answer(t, Answer::Yes))
            }
            KeyCode::Char('n') | KeyCode::Right => self.control(session, now, |s, t| s.skip(t)),
            KeyCode::Char('p') | KeyCode::Left => self.control(session, now, |s, t| s.back(t)),
            KeyCode::Char('r') => self.control(session, now, |s, t| s.restart(t)),
            KeyCode::Char('+') | KeyCode::Char('=') => {
                self.control(session, now, |s, t| s.add_time(t, ADD_TIME))
            }
            KeyCode::Enter => self.control(session, now, |s, t| s.confirm(t)),
            KeyCode::Char('m') => {
                let muted = self.audio.toggle_muted();
                self.screen
                    .say(if muted { "Sound off (m)." } else { "Sound on." });
            }
            _ => {}
        }
        None
    }

    /// Applies a control: settles what was due, takes back the cues handed
    /// out for later, then plays the control's own cues.
    fn control(
        &mut self,
        session: &mut Session,
        now: Instant,
        f: impl FnOnce(&mut Session, Instant) -> Vec<Event>,
    ) {
        let events = session.tick(now);
        let cues = self.prompter.take(&events, session.plan());
        self.hand(cues);
        self.prompter.reset();
        self.audio.cancel_after(now);
        self.requested.retain(|c| c.at <= now);
        let events = f(session, now);
        let cues = self.prompter.take(&events, session.plan());
        self.hand(cues);
    }

    fn hand(&mut self, cues: Vec<Planned>) {
        for c in cues {
            self.audio.play(c.cue, c.at);
            if self.log.is_some() {
                self.requested.push(c);
            }
        }
    }

    fn drain_onsets(&mut self) {
        let onsets = self.audio.take_onsets();
        if let Some(log) = &mut self.log {
            for o in onsets {
                if let Some(i) = self
                    .requested
                    .iter()
                    .position(|c| c.cue == o.cue && c.at == o.due)
                {
                    self.requested.remove(i);
                }
                log.onset(&o);
            }
        }
    }

    /// Cues that were due but never reached the device go in the log too.
    fn finish_log(&mut self, now: Instant) {
        if let Some(log) = &mut self.log {
            for c in self.requested.drain(..).filter(|c| c.at <= now) {
                log.missed(c.cue, c.at);
            }
            log.flush();
        }
    }
}

fn parse_answer(line: &str) -> Option<Answer> {
    match line.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(Answer::Yes),
        "n" | "no" => Some(Answer::No),
        _ => None,
    }
}

/// The live status: move, side, set, time left, rep, breath, and flags.
fn status_line(session: &Session, now: Instant, audio: &Audio) -> String {
    let Some(step) = session.step() else {
        return String::new();
    };
    let status = session.status(now);
    let mut parts = vec![session.plan().describe(step)];
    match status.phase {
        Phase::Gate => parts.push("waiting for your answer (y/n)".into()),
        Phase::Confirm => parts.push(format!("+{} · Enter when done", clock(status.overtime))),
        _ if !status.length.is_zero() => {
            // Shown rounded up, as a countdown is.
            let left = Duration::from_secs(status.remaining.as_secs_f64().ceil() as u64);
            parts.push(format!("{} left", clock(left)));
        }
        _ => {}
    }
    if let Some((rep, reps)) = status.rep {
        parts.push(format!("rep {rep} of {reps}"));
    }
    if let Some(breath) = status.breath {
        parts.push(
            match breath.phase {
                BreathPhase::Inhale => "breathe in",
                BreathPhase::Hold => "hold",
                BreathPhase::Exhale => "breathe out",
            }
            .into(),
        );
    }
    if status.phase == Phase::Paused {
        parts.push("PAUSED (Space)".into());
    }
    if audio.is_muted() {
        parts.push("muted".into());
    } else if !audio.is_available() {
        parts.push("no sound".into());
    }
    parts.join(" · ")
}

// -- Input -------------------------------------------------------------------

/// Keys from a terminal, or lines from a pipe.
struct Input {
    rx: Receiver<Incoming>,
    /// Lines not used yet (typed ahead of a question).
    queue: VecDeque<String>,
    /// The input ended (end of file, or the terminal went away).
    ended: bool,
}

enum Incoming {
    Key(KeyEvent),
    Line(String),
    End,
}

impl Input {
    fn keys() -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            loop {
                match crossterm::event::read() {
                    Ok(TermEvent::Key(key)) => {
                        if tx.send(Incoming::Key(key)).is_err() {
                            break;
                        }
                    }
                    Ok(_) => {}
                    Err(_) => {
                        let _ = tx.send(Incoming::End);
                        break;
                    }
                }
            }
        });
        Input::over(rx)
    }

    fn lines() -> Input {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if tx.send(Incoming::Line(line)).is_err() {
                    return;
                }
            }
            let _ = tx.send(Incoming::End);
        });
        Input::over(rx)
    }

    fn over(rx: Receiver<Incoming>) -> Input {
        Input {
            rx,
            queue: VecDeque::new(),
            ended: false,
        }
    }

    /// Waits up to `wait` for a key; lines are queued.
    fn next_key(&mut self, wait: Duration) -> Option<KeyEvent> {
        if self.ended {
            std::thread::sleep(wait);
            return None;
        }
        match self.rx.recv_timeout(wait) {
            Ok(Incoming::Key(key)) => Some(key),
            Ok(Incoming::Line(line)) => {
                self.queue.push_back(line);
                None
            }
            Ok(Incoming::End) | Err(RecvTimeoutError::Disconnected) => {
                self.ended = true;
                None
            }
            Err(RecvTimeoutError::Timeout) => None,
        }
    }
}

// -- Output --------------------------------------------------------------------

/// A terminal in raw mode with a status line redrawn in place, or plain
/// lines (when output or input is not a terminal).
struct Screen {
    raw: bool,
    /// The status line as last drawn (raw mode only).
    status: String,
}

impl Screen {
    fn lines() -> Screen {
        Screen {
            raw: false,
            status: String::new(),
        }
    }

    fn raw() -> std::io::Result<Screen> {
        crossterm::terminal::enable_raw_mode()?;
        // A panic must not leave the terminal raw.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = crossterm::terminal::disable_raw_mode();
            previous(info);
        }));
        Ok(Screen {
            raw: true,
            status: String::new(),
        })
    }

    fn is_raw(&self) -> bool {
        self.raw
    }

    /// A line of its own (above the status line).
    fn say(&mut self, text: &str) {
        if !self.raw {
            let _ = writeln!(std::io::stdout().lock(), "{text}");
            return;
        }
        let mut out = std::io::stdout().lock();
        let _ = crossterm::queue!(
            out,
            crossterm::cursor::MoveToColumn(0),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::CurrentLine),
            crossterm::style::Print(text),
            crossterm::style::Print("\r\n"),
        );
        let _ = out.flush();
        drop(out);
        let status = std::mem::take(&mut self.status);
        self.status(&status);
    }

    /// Redraws the status line (only on a terminal).
    fn status(&mut self, text: &str) {
        if !self.raw {
            return;
        }
        let width = crossterm::terminal::size().map_or(80, |(w, _)| w as usize);
        let shown: String = text.chars().take(width.saturating_sub(1)).collect();
        let mut out = std::io::stdout().lock();
        let _ = crossterm::queue!(
            out,
            crossterm::cursor::MoveToColumn(0),
            crossterm::terminal::Clear(crossterm::terminal::ClearType::CurrentLine),
            crossterm::style::Print(&shown),
        );
        let _ = out.flush();
        self.status = text.to_string();
    }

    /// Leaves the terminal as it was found.
    fn restore(&mut self) {
        if self.raw {
            self.status("");
            let _ = crossterm::terminal::disable_raw_mode();
            self.raw = false;
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        self.restore();
    }
}

// -- Cue log ---------------------------------------------------------------------

/// One line per cue: its planned time and when the device took it, in ms
/// from the routine's start.
struct CueLog {
    out: std::io::BufWriter<std::fs::File>,
    start: Option<Instant>,
}

impl CueLog {
    fn create(path: &std::path::Path) -> Result<CueLog, String> {
        let file = std::fs::File::create(path)
            .map_err(|e| format!("cannot write the cue log {} ({e})", path.display()))?;
        Ok(CueLog {
            out: std::io::BufWriter::new(file),
            start: None,
        })
    }

    fn start(&mut self, id: &str, start: Instant, wall: SystemTime) {
        self.start = Some(start);
        let unix_ms = wall
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        let _ = write!(
            self.out,
            "# limber cue log: one line per cue, times in ms from the routine's start\n\
             # planned: when the plan wants it heard; handed: when its first sample was\n\
             # written to the sound device; heard: when the device said it would be heard\n\
             # (\"-\": never reached a device)\n\
             # routine {id}\n\
             # start_unix_ms {unix_ms:.3}\n\
             cue\tplanned_ms\thanded_ms\theard_ms\n"
        );
        let _ = self.out.flush();
    }

    fn ms(&self, t: Instant) -> f64 {
        let start = self.start.unwrap_or(t);
        if t >= start {
            (t - start).as_secs_f64() * 1000.0
        } else {
            -((start - t).as_secs_f64() * 1000.0)
        }
    }

    fn onset(&mut self, o: &Onset) {
        let line = format!(
            "{}\t{:.3}\t{:.3}\t{:.3}\n",
            o.cue.key(),
            self.ms(o.due),
            self.ms(o.handed),
            self.ms(o.heard)
        );
        let _ = self.out.write_all(line.as_bytes());
        let _ = self.out.flush();
    }

    fn missed(&mut self, cue: Cue, due: Instant) {
        let line = format!("{}\t{:.3}\t-\t-\n", cue.key(), self.ms(due));
        let _ = self.out.write_all(line.as_bytes());
    }

    fn flush(&mut self) {
        let _ = self.out.flush();
    }
}
