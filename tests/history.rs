//! The history file under crashes and concurrent writers, and
//! `limber history` as a person runs it.
//!
//! The writer processes are this test binary run again with
//! `LIMBER_TEST_HISTORY_WRITER` set: the test named on its command line
//! then appends records instead of testing, printing `ACK <id>` after each
//! `append` has returned.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset};
use limber::history::{self, FORMAT_VERSION, MoveRecord, MoveStatus, Pain, Record};

const WRITER: &str = "LIMBER_TEST_HISTORY_WRITER";
const KILL_TEST: &str = "kill_9_at_random_moments_never_loses_or_doubles_an_acknowledged_record";
const TOGETHER_TEST: &str = "two_instances_appending_at_once_lose_nothing";

fn session(start: &str, note: &str) -> Record {
    let started_at = DateTime::parse_from_rfc3339(start).unwrap();
    Record {
        v: FORMAT_VERSION,
        started_at,
        ended_at: started_at + chrono::Duration::minutes(16),
        routine: "sciatica-relief".into(),
        routine_name: "Sciatica relief".into(),
        completed: true,
        active_seconds: 900,
        pain_before: Pain::new(5),
        pain_after: Pain::new(3),
        note: Some(note.into()),
        moves: vec![
            MoveRecord {
                id: "figure-4".into(),
                name: "Figure-4 stretch".into(),
                status: MoveStatus::Done,
                seconds: 180,
            },
            MoveRecord {
                id: "bridge".into(),
                name: "Bridge".into(),
                status: MoveStatus::Skipped,
                seconds: 12,
            },
        ],
        answers: vec![],
        id: None,
        via: None,
    }
}

/// The id a writer gave a record: the first word of its note.
fn id_of(r: &Record) -> &str {
    r.note
        .as_deref()
        .and_then(|n| n.split_whitespace().next())
        .unwrap_or("")
}

/// In a writer process: append records `TAG-0`, `TAG-1`, … (`COUNT` of them,
/// or until killed when 0) and acknowledge each once `append` returned.
/// Every fourth record is large, so that its write spans pages.
fn be_a_writer(spec: &str) {
    let mut parts = spec.split('\n');
    let (path, tag, count) = (
        Path::new(parts.next().unwrap()),
        parts.next().unwrap(),
        parts.next().unwrap().parse::<u64>().unwrap(),
    );
    let mut stdout = std::io::stdout().lock();
    for i in (0..).take_while(|&i| count == 0 || i < count) {
        let padding = if i % 4 == 3 { 3000 } else { 40 };
        let note = format!("{tag}-{i} {}", "·".repeat(padding));
        history::append(path, &session("2025-03-30T07:30:00+01:00", &note)).unwrap();
        // One write of a whole line, so an acknowledgement is never torn.
        stdout
            .write_all(format!("\nACK {tag}-{i}\n").as_bytes())
            .unwrap();
        stdout.flush().unwrap();
    }
}

fn spawn_writer(test: &str, path: &Path, tag: &str, count: u64) -> Child {
    let spawn = || {
        Command::new(std::env::current_exe().unwrap())
            .args([test, "--exact", "--nocapture", "--test-threads=1", "-q"])
            .env(WRITER, format!("{}\n{tag}\n{count}", path.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
    };
    // Under wine, starting a process now and then fails at once ("Internal
    // error"); that says nothing of the history, so try again.
    let mut tries = 0;
    loop {
        match spawn() {
            Ok(child) => return child,
            Err(e) if tries < 5 => {
                tries += 1;
                eprintln!("starting a writer failed ({e}); trying again");
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
            Err(e) => panic!("start a writer: {e}"),
        }
    }
}

/// Acknowledged ids, in order, from what a writer printed.
fn acks(stdout: &str) -> Vec<String> {
    let complete = &stdout[..stdout.rfind('\n').map_or(0, |i| i + 1)];
    complete
        .lines()
        .filter_map(|l| l.strip_prefix("ACK "))
        .map(str::to_string)
        .collect()
}

/// A small random generator (xorshift64*), seeded so a failure can be re-run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

#[test]
fn kill_9_at_random_moments_never_loses_or_doubles_an_acknowledged_record() {
    if let Ok(spec) = std::env::var(WRITER) {
        return be_a_writer(&spec);
    }
    const KILLS: usize = 300;
    let seed = std::env::var("LIMBER_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        })
        | 1;
    eprintln!("kill -9 loop: LIMBER_TEST_SEED={seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("history.jsonl");
    let started = Instant::now();
    // Per writer: how many records it acknowledged.
    let mut acked: BTreeMap<String, usize> = BTreeMap::new();
    let mut torn_lines = 0;
    for k in 0..KILLS {
        let tag = format!("w{k}");
        let mut child = spawn_writer(KILL_TEST, &path, &tag, 0);
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut printed = String::new();
        // Four times in five, wait for the first acknowledgement so that the
        // kill lands among appends however slowly the writer started; else
        // anywhere from its start.
        if rng.below(5) != 0 {
            while out.read_line(&mut printed).unwrap() > 0 && !printed.contains("ACK ") {}
        }
        std::thread::sleep(Duration::from_micros(rng.below(6_000)));
        child.kill().expect("SIGKILL the writer");
        let status = child.wait().unwrap();
        assert!(!status.success(), "writer {k} ended by itself: {status:?}");
        out.read_to_string(&mut printed).unwrap();
        let ids = acks(&printed);
        let expected: Vec<String> = (0..ids.len()).map(|i| format!("{tag}-{i}")).collect();
        assert_eq!(ids, expected, "writer {k} acknowledged out of order");
        acked.insert(tag, ids.len());

        // The file always loads, and holds every acknowledged record once.
        let loaded = history::load(&path).unwrap_or_else(|e| panic!("after kill {k}: {e}"));
        torn_lines = loaded.warnings.len();
        let mut present: HashMap<&str, Vec<usize>> = HashMap::new();
        for r in &loaded.records {
            let (tag, i) = id_of(r).rsplit_once('-').expect("an id");
            present.entry(tag).or_default().push(i.parse().unwrap());
        }
        for (tag, &n) in &acked {
            let mut seen = present.remove(tag.as_str()).unwrap_or_default();
            seen.sort_unstable();
            let len = seen.len();
            assert!(
                seen.iter().copied().eq(0..len),
                "after kill {k}: writer {tag} has records {seen:?} (seed {seed})"
            );
            assert!(
                len == n || len == n + 1,
                "after kill {k}: writer {tag} acknowledged {n} but {len} are in the file (seed {seed})"
            );
        }
        assert!(present.is_empty(), "records from nowhere: {present:?}");
    }
    let total: usize = acked.values().sum();
    let killed_mid_run = acked.values().filter(|&&n| n > 0).count();
    eprintln!(
        "kill -9 loop: {KILLS} kills, {total} acknowledged records, {killed_mid_run} writers killed after writing, \
         {torn_lines} torn lines skipped, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        killed_mid_run >= KILLS / 2,
        "too few kills landed while records were being written ({killed_mid_run}); the loop proves little"
    );
}

#[test]
fn two_instances_appending_at_once_lose_nothing() {
    if let Ok(spec) = std::env::var(WRITER) {
        return be_a_writer(&spec);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.jsonl");
    let writers: Vec<Child> = ["a", "b", "c"]
        .iter()
        .map(|tag| spawn_writer(TOGETHER_TEST, &path, tag, 40))
        .collect();
    for w in writers {
        let out = w.wait_with_output().unwrap();
        assert!(out.status.success());
        assert_eq!(acks(&String::from_utf8_lossy(&out.stdout)).len(), 40);
    }
    let loaded = history::load(&path).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let mut ids: Vec<&str> = loaded.records.iter().map(id_of).collect();
    ids.sort_unstable();
    let mut expected: Vec<String> = ["a", "b", "c"]
        .iter()
        .flat_map(|t| (0..40).map(move |i| format!("{t}-{i}")))
        .collect();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 120, "one line per record");
}

// ---- `limber history` -------------------------------------------------

fn limber(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .args(args)
        .env("LIMBER_HOME", home)
        // The same words whatever the machine's language.
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run limber")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn offset_time(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A history of three sessions with a corrupt line and a future record in
/// between.
fn home_with_history() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let path = limber::paths::Paths::under(home.path()).history();
    let mut first = session("2025-02-27T08:00:00+00:00", "stiff, \"very\"\nbut ok");
    first.routine_name = "Sciatica, gentle".into();
    history::append(&path, &first).unwrap();
    let mut second = session("2025-03-01T19:00:00+00:00", "second");
    second.completed = false;
    second.pain_before = None;
    second.pain_after = None;
    history::append(&path, &second).unwrap();
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    file.write_all(b"{\"v\":1,\"started_at\":\"garbage\n")
        .unwrap();
    file.write_all(b"{\"v\":7,\"started_at\":\"2031-01-01T00:00:00Z\",\"new\":true}\n")
        .unwrap();
    drop(file);
    let mut third = session("2025-03-02T00:30:00+01:00", "third");
    third.ended_at = offset_time("2025-03-02T00:50:00+01:00");
    third.pain_after = Pain::new(1);
    history::append(&path, &third).unwrap();
    home
}

#[test]
fn history_csv_is_clean_for_a_spreadsheet_and_warnings_go_to_stderr() {
    let home = home_with_history();
    let o = limber(home.path(), &["history", "--csv"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let err = text(&o.stderr);
    assert!(
        err.contains("history.jsonl:3: skipped"),
        "the corrupt line is named: {err}"
    );
    assert!(err.contains("newer Limber (format version 7)"), "{err}");
    assert!(
        out.starts_with("started_at,ended_at,date,routine,"),
        "{out}"
    );
    assert!(!out.contains("warning"), "stdout is only CSV");
    // Four records (header + 3), CRLF row ends, the note's newline quoted.
    assert_eq!(out.matches("\r\n").count(), 4, "{out:?}");
    assert!(out.contains(",\"Sciatica, gentle\","), "{out}");
    assert!(out.contains(",\"stiff, \"\"very\"\"\nbut ok\","), "{out}");
    assert!(out.contains("2025-03-02T00:30:00+01:00,2025-03-02T00:50:00+01:00,2025-03-02,"));
}

#[test]
fn history_json_has_the_documented_fields_and_since_filters_by_local_day() {
    let home = home_with_history();
    // Movement breaks of two days, as the service writes them.
    let ledger = limber::paths::Paths::under(home.path()).breaks();
    std::fs::write(
        &ledger,
        concat!(
            r#"{"at":"2025-03-01T10:00:00+01:00","outcome":"offered","sitting_min":45}"#,
            "\n",
            r#"{"at":"2025-03-01T10:02:00+01:00","outcome":"taken","sitting_min":47}"#,
            "\n",
            r#"{"at":"2025-03-02T09:00:00+01:00","outcome":"offered","sitting_min":45}"#,
            "\n",
            r#"{"at":"2025-03-02T09:00:30+01:00","outcome":"snoozed","sitting_min":45}"#,
            "\n",
        ),
    )
    .unwrap();
    let o = limber(home.path(), &["history", "--json"]);
    assert!(o.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let breaks = doc["breaks"].as_array().unwrap();
    assert_eq!(breaks.len(), 2);
    assert_eq!(breaks[0]["date"], "2025-03-01");
    assert_eq!(
        (breaks[0]["offered"].as_u64(), breaks[0]["taken"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(breaks[0]["sitting_minutes"], serde_json::json!([47]));
    assert_eq!(breaks[1]["snoozed"], 1);
    let all = doc["sessions"].as_array().unwrap();
    assert_eq!(all.len(), 3);
    for r in all {
        for key in [
            "routine",
            "started_at",
            "ended_at",
            "completed",
            "active_seconds",
            "pain_before",
            "pain_after",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
    }
    assert_eq!(all[1]["completed"], false);
    assert!(all[1]["pain_before"].is_null() && all[1]["pain_after"].is_null());
    assert_eq!(all[0]["started_at"], "2025-02-27T08:00:00+00:00");

    // 00:30 on 2 March (+01:00) is 1 March in UTC; --since counts local days.
    let o = limber(home.path(), &["history", "--json", "--since", "2025-03-02"]);
    let since: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let days: Vec<&str> = since["breaks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        days,
        ["2025-03-02"],
        "--since keeps the breaks of those days too"
    );
    let notes: Vec<&str> = since["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["note"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["third"]);
}

#[test]
fn history_table_shows_sessions_and_the_summary() {
    let home = home_with_history();
    let o = limber(home.path(), &["history"]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("DATE        START  ROUTINE"), "{out}");
    assert!(lines[2].contains("stopped"), "{out}");
    assert!(lines[3].starts_with("2025-03-02  00:30"), "{out}");
    assert!(
        out.contains("3 sessions · 45 min active in all · current streak "),
        "{out}"
    );
    assert!(out.contains("best 2 days"), "{out}");
    assert!(out.contains("average pain after a session 3 → 1"), "{out}");
}

#[test]
fn history_with_no_file_says_so_and_exports_are_empty() {
    let home = tempfile::tempdir().unwrap();
    let o = limber(home.path(), &["history"]);
    assert!(o.status.success());
    assert!(text(&o.stdout).starts_with("No sessions recorded yet"));
    let o = limber(home.path(), &["history", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc, serde_json::json!({"sessions": [], "breaks": []}));
    let o = limber(home.path(), &["history", "--csv"]);
    assert_eq!(text(&o.stdout).lines().count(), 1, "header only");
    assert!(text(&o.stderr).is_empty());
    let o = limber(home.path(), &["history", "--help"]);
    assert!(o.status.success());
    assert!(
        text(&o.stdout).contains("--since <YYYY-MM-DD>"),
        "{}",
        text(&o.stdout)
    );
    let o = limber(home.path(), &["history", "--since", "March"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn history_says_how_todays_breaks_went() {
    use limber::breaks::ledger::{Line, Outcome, append};
    let home = tempfile::tempdir().unwrap();
    let path = limber::paths::Paths::under(home.path()).breaks();
    let now = chrono::Local::now().fixed_offset();
    for (outcome, sitting_min) in [
        (Outcome::Offered, 45),
        (Outcome::Snoozed, 45),
        (Outcome::Offered, 50),
        (Outcome::Taken, 50),
        (Outcome::Rested, 30),
    ] {
        let line = Line {
            at: now,
            outcome,
            sitting_min,
        };
        append(&path, &line).unwrap();
    }
    let o = limber(home.path(), &["history"]);
    assert!(o.status.success());
    assert!(
        text(&o.stdout).contains(
            "Breaks today: 2 offered, 1 taken, 1 snoozed, 0 skipped; 40 min sitting between breaks on average."
        ),
        "{}",
        text(&o.stdout)
    );
    // Without a breaks ledger, no such line.
    let o = limber(tempfile::tempdir().unwrap().path(), &["history"]);
    assert!(!text(&o.stdout).contains("Breaks"), "{}", text(&o.stdout));
}
