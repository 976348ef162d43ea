//! `limber follow --cue-log FILE`: when each cue was planned, handed to the
//! device and heard, for measuring the cue timing (scripts/measure-audio).

use std::io::Write;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::audio::{Onset, Sound};
use crate::cues::Cue;

/// One line per cue: its planned time and when the device took it, in ms
/// from the routine's start.
pub(super) struct CueLog {
    out: std::io::BufWriter<std::fs::File>,
    start: Option<Instant>,
}

impl CueLog {
    pub(super) fn create(path: &std::path::Path) -> Result<CueLog, String> {
        let file = std::fs::File::create(path).map_err(|e| {
            crate::tr!(
                "follow-cue-log-error",
                file = path.display().to_string(),
                error = e.to_string()
            )
        })?;
        Ok(CueLog {
            out: std::io::BufWriter::new(file),
            start: None,
        })
    }

    pub(super) fn start(&mut self, id: &str, start: Instant, wall: SystemTime) {
        self.start = Some(start);
        let unix_ms = wall
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        let _ = write!(
            self.out,
            "# limber cue log: one line per cue, times in ms from the routine's start\n\
             # planned: when the plan wants it heard; handed: when its first sample was\n\
             # written to the sound device; heard: when the device said it would be heard\n\
             # (\"-\": never reached a device); a phrase of the voice is \"phrase\",\n\
             # its words after the times\n\
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

    /// A sound the device took; `words` for a phrase.
    pub(super) fn onset(&mut self, o: &Onset, words: Option<&str>) {
        let name = match o.sound {
            Sound::Cue(cue) => cue.key(),
            Sound::Phrase(_) => "phrase",
        };
        let line = format!(
            "{name}\t{:.3}\t{:.3}\t{:.3}{}\n",
            self.ms(o.due),
            self.ms(o.handed),
            self.ms(o.heard),
            words.map(|w| format!("\t{w}")).unwrap_or_default()
        );
        let _ = self.out.write_all(line.as_bytes());
        let _ = self.out.flush();
    }

    pub(super) fn missed(&mut self, cue: Cue, due: Instant) {
        let line = format!("{}\t{:.3}\t-\t-\n", cue.key(), self.ms(due));
        let _ = self.out.write_all(line.as_bytes());
    }

    /// A phrase that was due but never reached the device.
    pub(super) fn missed_phrase(&mut self, words: &str, due: Instant) {
        let line = format!("phrase\t{:.3}\t-\t-\t{words}\n", self.ms(due));
        let _ = self.out.write_all(line.as_bytes());
    }

    pub(super) fn flush(&mut self) {
        let _ = self.out.flush();
    }
}
