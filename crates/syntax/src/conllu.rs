//! CoNLL-U reading: sentences of words with a universal part of speech, a
//! head and a relation, from `.conllu` text, a folder of `.conllu` files, or
//! a `.tar.gz` archive of them (how GUM is shipped in `../shared/data/gum`),
//! plus the GUM split list (`splits.md`) and genre licences.
//!
//! Multiword-token lines (`1-2`) and empty nodes (`1.1`) are skipped: the
//! words under a multiword token are the syntactic words, and empty nodes
//! belong to the enhanced graph, not to the basic tree. Relations keep their
//! universal part (`nmod:poss` → `nmod`). Anything else that does not fit
//! the format is an error naming the file and line.

use std::io::Read;
use std::path::Path;

use dossier_model::{DepRel, Upos};

use crate::error::SyntaxError;

/// One syntactic word of a gold sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub upos: Upos,
    /// Position of the head word, 1-based; 0 is the root.
    pub head: usize,
    pub rel: DepRel,
    /// No space follows the word in the original text (`SpaceAfter=No`).
    pub no_space_after: bool,
}

/// A sentence of gold words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The `# sent_id` comment, if any.
    pub id: String,
    pub words: Vec<Word>,
}

/// A document: a file name (without folders or extension) and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluDoc {
    pub name: String,
    pub sentences: Vec<Sentence>,
}

impl ConlluDoc {
    /// The GUM genre: the part of the name after `GUM_` and before the next `_`.
    pub fn genre(&self) -> &str {
        let rest = self.name.strip_prefix("GUM_").unwrap_or(&self.name);
        rest.split('_').next().unwrap_or("")
    }
}

/// GUM genres whose texts are under a free licence (CC-BY or CC-BY-SA,
/// see LICENSE.txt beside the data): academic, biographies, court,
/// interviews and news (Wikinews), travel guides (Wikivoyage). The shipped
/// model is trained on these only.
pub const FREE_GENRES: &[&str] = &["academic", "bio", "court", "interview", "news", "voyage"];

fn err(file: &str, line: usize, message: impl Into<String>) -> SyntaxError {
    SyntaxError::Conllu { file: file.to_string(), line, message: message.into() }
}

/// Parses CoNLL-U text. `file` names the input in error messages.
pub fn parse(text: &str, file: &str) -> Result<Vec<Sentence>, SyntaxError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut first_line = 0;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                check_tree(&cur, file, first_line)?;
                out.push(std::mem::take(&mut cur));
            } else {
                cur.id.clear();
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(id) = comment.trim().strip_prefix("sent_id") {
                cur.id = id.trim_start().trim_start_matches('=').trim().to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(file, line_no, format!("expected 10 tab-separated columns, found {}", cols.len())));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            // a multiword token or an empty node: check the shape, then skip
            let ok = id.split(['-', '.']).all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            if !ok {
                return Err(err(file, line_no, format!("malformed word id `{id}`")));
            }
            continue;
        }
        let n: usize = id.parse().map_err(|_| err(file, line_no, format!("malformed word id `{id}`")))?;
        if cur.words.is_empty() {
            first_line = line_no;
        }
        if n != cur.words.len() + 1 {
            return Err(err(file, line_no, format!("word id {n} out of sequence (expected {})", cur.words.len() + 1)));
        }
        let upos = Upos::parse(cols[3]).ok_or_else(|| err(file, line_no, format!("unknown UPOS `{}`", cols[3])))?;
        let head: usize = cols[6].parse().map_err(|_| err(file, line_no, format!("malformed head `{}`", cols[6])))?;
        let universal = cols[7].split(':').next().unwrap_or("");
        let rel = DepRel::parse(universal)
            .ok_or_else(|| err(file, line_no, format!("unknown dependency relation `{}`", cols[7])))?;
        if cols[1].is_empty() {
            return Err(err(file, line_no, "empty word form"));
        }
        let no_space_after = cols[9].split('|').any(|m| m == "SpaceAfter=No");
        cur.words.push(Word { form: cols[1].to_string(), upos, head, rel, no_space_after });
    }
    if !cur.words.is_empty() {
        check_tree(&cur, file, first_line)?;
        out.push(cur);
    }
    Ok(out)
}

/// The sentence as dossier's tokenizer would split it: words joined by
/// hyphens with no space around them ("quasi" "-" "state" → "quasi-state")
/// become one word, which takes the part of speech, relation and head of
/// the group's word whose head lies outside the group. Groups with no such
/// single word are left split. `None` when nothing was joined.
pub fn join_hyphenated(s: &Sentence) -> Option<Sentence> {
    let n = s.words.len();
    // group[i]: the first word of i's group
    let mut group: Vec<usize> = (0..n).collect();
    let mut i = 0;
    let mut joined = false;
    while i < n {
        let mut end = i;
        while end + 2 < n
            && s.words[end + 1].form == "-"
            && s.words[end].no_space_after
            && s.words[end + 1].no_space_after
            && s.words[end + 2].form != "-"
        {
            end += 2;
        }
        if end > i {
            let outside: Vec<usize> =
                (i..=end).filter(|&k| s.words[k].head == 0 || !(i + 1..=end + 1).contains(&s.words[k].head)).collect();
            if outside.len() == 1 {
                for g in group.iter_mut().take(end + 1).skip(i) {
                    *g = i;
                }
                joined = true;
            }
        }
        i = end + 1;
    }
    if !joined {
        return None;
    }
    // new positions (1-based) of each group start
    let mut pos = vec![0usize; n];
    let mut next = 0;
    for k in 0..n {
        if group[k] == k {
            next += 1;
        }
        pos[k] = next;
    }
    let mut words: Vec<Word> = Vec::with_capacity(next);
    for k in 0..n {
        let w = &s.words[k];
        let new_head = if w.head == 0 { 0 } else { pos[w.head - 1] };
        if group[k] == k {
            words.push(Word { head: new_head, ..w.clone() });
        } else {
            let last = words.last_mut().expect("a group starts before its members");
            last.form.push_str(&w.form);
            last.no_space_after = w.no_space_after;
            if new_head != pos[k] {
                // the member whose head is outside the group speaks for it
                last.upos = w.upos;
                last.rel = w.rel;
                last.head = new_head;
            }
        }
    }
    // the group's first word may itself point inside the group
    for (k, w) in words.iter_mut().enumerate() {
        if w.head == k + 1 {
            w.head = 0;
        }
    }
    let out = Sentence { id: s.id.clone(), words };
    check_tree(&out, "joined", 0).ok().map(|()| out)
}

/// Heads in range, not self, and no cycles: every word reaches the root.
fn check_tree(s: &Sentence, file: &str, first_line: usize) -> Result<(), SyntaxError> {
    let n = s.words.len();
    for (i, w) in s.words.iter().enumerate() {
        if w.head > n {
            return Err(err(file, first_line + i, format!("head {} beyond the sentence's {n} words", w.head)));
        }
        if w.head == i + 1 {
            return Err(err(file, first_line + i, "word is its own head"));
        }
    }
    for start in 1..=n {
        let mut at = start;
        let mut steps = 0;
        while at != 0 {
            at = s.words[at - 1].head;
            steps += 1;
            if steps > n {
                return Err(err(file, first_line + start - 1, "the heads form a cycle"));
            }
        }
    }
    Ok(())
}

/// Reads one `.conllu` file.
pub fn read_file(path: &Path) -> Result<ConlluDoc, SyntaxError> {
    let text = std::fs::read_to_string(path).map_err(|e| SyntaxError::io(path, e))?;
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(ConlluDoc { sentences: parse(&text, &path.display().to_string())?, name })
}

/// Reads GUM (or any CoNLL-U collection): a `.tar.gz`/`.tgz` archive of
/// `.conllu` files, a folder of them (searched recursively), or a single
/// file. Documents come back sorted by name.
pub fn read_collection(path: &Path) -> Result<Vec<ConlluDoc>, SyntaxError> {
    let mut docs = if path.is_dir() {
        let mut files = Vec::new();
        collect_files(path, &mut files)?;
        files.iter().map(|f| read_file(f)).collect::<Result<Vec<_>, _>>()?
    } else {
        let s = path.to_string_lossy();
        if s.ends_with(".tar.gz") || s.ends_with(".tgz") { read_tar_gz(path)? } else { vec![read_file(path)?] }
    };
    docs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(docs)
}

fn collect_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), SyntaxError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SyntaxError::io(dir, e))?;
    for e in entries {
        let p = e.map_err(|e| SyntaxError::io(dir, e))?.path();
        if p.is_dir() {
            collect_files(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "conllu") {
            out.push(p);
        }
    }
    Ok(())
}

/// Reads the `.conllu` members of a gzip-compressed tar archive (ustar or
/// GNU; long names and pax path records are honoured), streaming.
pub fn read_tar_gz(path: &Path) -> Result<Vec<ConlluDoc>, SyntaxError> {
    let file = std::fs::File::open(path).map_err(|e| SyntaxError::io(path, e))?;
    let mut gz = flate2::read::GzDecoder::new(std::io::BufReader::new(file));
    let bad = |message: String| SyntaxError::Archive { path: path.to_path_buf(), message };
    let mut docs = Vec::new();
    let mut header = [0u8; 512];
    let mut long_name: Option<String> = None;
    loop {
        if !read_block(&mut gz, &mut header).map_err(|e| SyntaxError::io(path, e))? {
            break; // end of stream without the two zero blocks: tolerated
        }
        if header.iter().all(|&b| b == 0) {
            break;
        }
        let stored: u32 =
            header.iter().enumerate().map(|(i, &b)| if (148..156).contains(&i) { 32 } else { u32::from(b) }).sum();
        let declared = octal(&header[148..156]).ok_or_else(|| bad("malformed header checksum".into()))?;
        if u64::from(stored) != declared {
            return Err(bad(format!("header checksum mismatch ({stored} computed, {declared} declared)")));
        }
        let size = octal(&header[124..136]).ok_or_else(|| bad("malformed member size".into()))? as usize;
        if size > 1 << 30 {
            return Err(bad(format!("implausible member size {size}")));
        }
        let mut data = vec![0u8; size.div_ceil(512) * 512];
        gz.read_exact(&mut data).map_err(|_| bad("archive ends inside a member".into()))?;
        data.truncate(size);
        let name = long_name.take().unwrap_or_else(|| {
            let cstr = |b: &[u8]| {
                String::from_utf8_lossy(&b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())]).into_owned()
            };
            let (name, prefix) = (cstr(&header[..100]), cstr(&header[345..500]));
            if &header[257..262] == b"ustar" && !prefix.is_empty() { format!("{prefix}/{name}") } else { name }
        });
        match header[156] {
            b'L' => long_name = Some(String::from_utf8_lossy(&data).trim_end_matches('\0').to_string()),
            b'x' => {
                let text = String::from_utf8_lossy(&data);
                long_name = text.lines().find_map(|l| l.split_once(" path=").map(|(_, p)| p.to_string()));
            }
            b'0' | 0 if name.ends_with(".conllu") => {
                let text = String::from_utf8(data).map_err(|_| bad(format!("{name}: not UTF-8")))?;
                let stem = name.rsplit('/').next().unwrap_or(&name).trim_end_matches(".conllu").to_string();
                let label = format!("{}:{name}", path.display());
                docs.push(ConlluDoc { sentences: parse(&text, &label)?, name: stem });
            }
            _ => {}
        }
    }
    Ok(docs)
}

/// Fills `buf` completely; `false` if the stream ended before the first byte.
fn read_block(r: &mut impl Read, buf: &mut [u8; 512]) -> std::io::Result<bool> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) if got == 0 => return Ok(false),
            Ok(0) => return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "truncated tar header")),
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

fn octal(field: &[u8]) -> Option<u64> {
    let s = std::str::from_utf8(field).ok()?.trim_matches(|c: char| c == '\0' || c == ' ');
    if s.is_empty() {
        return Some(0);
    }
    u64::from_str_radix(s, 8).ok()
}

/// The named split lists of GUM's `splits.md` (`## dev`, `## test`, ... each
/// followed by `* GUM_name` lines).
#[derive(Debug, Clone, Default)]
pub struct Splits {
    pub dev: Vec<String>,
    pub test: Vec<String>,
}

impl Splits {
    pub fn parse(text: &str) -> Splits {
        let mut s = Splits::default();
        let mut section = String::new();
        for line in text.lines() {
            let t = line.trim();
            if let Some(h) = t.strip_prefix("## ") {
                section = h.trim().to_lowercase();
            } else if let Some(item) = t.strip_prefix("* ") {
                match section.as_str() {
                    "dev" => s.dev.push(item.trim().to_string()),
                    "test" => s.test.push(item.trim().to_string()),
                    _ => {}
                }
            }
        }
        s
    }

    pub fn read(path: &Path) -> Result<Splits, SyntaxError> {
        let text = std::fs::read_to_string(path).map_err(|e| SyntaxError::io(path, e))?;
        let s = Splits::parse(&text);
        if s.dev.is_empty() || s.test.is_empty() {
            return Err(SyntaxError::Input(format!("{}: no `## dev` or `## test` list", path.display())));
        }
        Ok(s)
    }

    /// `train`, `dev` or `test` for a document name (train is everything
    /// not listed).
    pub fn split_of(&self, name: &str) -> &'static str {
        if self.dev.iter().any(|d| d == name) {
            "dev"
        } else if self.test.iter().any(|d| d == name) {
            "test"
        } else {
            "train"
        }
    }
}

/// GUM as used here: the documents of the data at `path` (an archive, a
/// folder, or the GUM folder holding `GUM_all_genres_except_reddit.dep.conllu.tar.gz`),
/// with `splits.md` read from beside it.
pub struct Gum {
    pub docs: Vec<ConlluDoc>,
    pub splits: Splits,
}

/// The archive's name inside the GUM folder of `../shared/data`.
pub const GUM_ARCHIVE: &str = "GUM_all_genres_except_reddit.dep.conllu.tar.gz";

impl Gum {
    pub fn read(path: &Path) -> Result<Gum, SyntaxError> {
        let (data, dir) = if path.is_dir() {
            let archive = path.join(GUM_ARCHIVE);
            (if archive.is_file() { archive } else { path.to_path_buf() }, path.to_path_buf())
        } else {
            (path.to_path_buf(), path.parent().map(Path::to_path_buf).unwrap_or_default())
        };
        let splits_path = [dir.join("splits.md"), dir.join("../splits.md")]
            .into_iter()
            .find(|p| p.is_file())
            .ok_or_else(|| SyntaxError::Input(format!("no splits.md beside {}", data.display())))?;
        let splits = Splits::read(&splits_path)?;
        let docs = read_collection(&data)?;
        if docs.is_empty() {
            return Err(SyntaxError::Input(format!("{}: no .conllu documents", data.display())));
        }
        Ok(Gum { docs, splits })
    }

    /// The sentences of one split (`train`, `dev`, `test`), optionally only
    /// of the free-licence genres.
    pub fn sentences(&self, split: &str, free_only: bool) -> Vec<&Sentence> {
        self.docs
            .iter()
            .filter(|d| self.splits.split_of(&d.name) == split)
            .filter(|d| !free_only || FREE_GENRES.contains(&d.genre()))
            .flat_map(|d| d.sentences.iter())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "# sent_id = s1\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        1\tDo\tdo\tAUX\tVB\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n\
        3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n3.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n\
        4\t.\t.\tPUNCT\t.\t_\t3\tpunct:x\t_\t_\n\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_words_skipping_multiword_tokens_and_empty_nodes() {
        let s = parse(GOOD, "t").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id, "s1");
        let forms: Vec<&str> = s[0].words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["Do", "n't", "go", "."]);
        assert_eq!(s[0].words[3].rel, DepRel::Punct);
        assert!(s[0].words[2].no_space_after);
        assert_eq!(s[0].words[0].head, 3);
        assert_eq!(s[1].words[0].upos, Upos::Intj);
    }

    fn error_of(text: &str) -> String {
        parse(text, "bad.conllu").unwrap_err().to_string()
    }

    #[test]
    fn malformed_input_is_a_typed_error_naming_file_and_line() {
        assert_eq!(error_of("1\tA\ta\tNOUN\n"), "bad.conllu:1: expected 10 tab-separated columns, found 4");
        assert!(error_of("1\tA\ta\tNOUNY\t_\t_\t0\troot\t_\t_\n").contains("unknown UPOS `NOUNY`"));
        assert!(error_of("1\tA\ta\tNOUN\t_\t_\tx\troot\t_\t_\n").contains("malformed head"));
        assert!(error_of("1\tA\ta\tNOUN\t_\t_\t0\trooty\t_\t_\n").contains("unknown dependency relation"));
        assert!(error_of("2\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n").contains("out of sequence"));
        assert!(error_of("1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n").contains("malformed word id"));
        assert!(error_of("1\tA\ta\tNOUN\t_\t_\t5\troot\t_\t_\n").contains("beyond"));
        assert!(error_of("1\tA\ta\tNOUN\t_\t_\t1\troot\t_\t_\n").contains("its own head"));
        let cycle = "1\tA\ta\tNOUN\t_\t_\t2\tdep\t_\t_\n2\tB\tb\tNOUN\t_\t_\t1\tdep\t_\t_\n";
        assert_eq!(error_of(cycle), "bad.conllu:1: the heads form a cycle");
    }

    #[test]
    fn hyphenated_words_are_joined_as_dossier_tokenizes_them() {
        let text = "1\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n\
            2\tRussian\tRussian\tADJ\tJJ\t_\t4\tcompound\t_\tSpaceAfter=No\n\
            3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n\
            4\tbuilt\tbuild\tVERB\tVBN\t_\t5\tamod\t_\t_\n\
            5\tdrones\tdrone\tNOUN\tNNS\t_\t0\troot\t_\t_\n\
            6\t-\t-\tPUNCT\t:\t_\t5\tpunct\t_\t_\n";
        let s = &parse(text, "t").unwrap()[0];
        let j = join_hyphenated(s).unwrap();
        let forms: Vec<&str> = j.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["the", "Russian-built", "drones", "-"]);
        assert_eq!((j.words[1].head, j.words[1].rel, j.words[1].upos), (3, DepRel::Amod, Upos::Verb));
        assert_eq!(j.words[0].head, 3);
        assert_eq!(j.words[2].head, 0);
        assert_eq!(j.words[3].head, 3);
        assert!(join_hyphenated(&parse(GOOD, "t").unwrap()[0]).is_none());
    }

    #[test]
    fn splits_and_genres() {
        let s = Splits::parse("# Splits\n## dev\n\n  * GUM_news_a\n## test\n  * GUM_bio_b\n## test2\n  * GENTLE_x\n");
        assert_eq!(s.split_of("GUM_news_a"), "dev");
        assert_eq!(s.split_of("GUM_bio_b"), "test");
        assert_eq!(s.split_of("GENTLE_x"), "train");
        let d = ConlluDoc { name: "GUM_voyage_athens".into(), sentences: vec![] };
        assert_eq!(d.genre(), "voyage");
    }

    #[test]
    fn reads_a_tar_gz_archive() {
        // a hand-built ustar archive with one member, gzip-compressed
        let mut tar = vec![0u8; 512];
        let name = b"dep/GUM_news_x.conllu";
        tar[..name.len()].copy_from_slice(name);
        tar[100..108].copy_from_slice(b"0000644\0");
        let size = format!("{:011o}\0", GOOD.len());
        tar[124..136].copy_from_slice(size.as_bytes());
        tar[156] = b'0';
        tar[257..263].copy_from_slice(b"ustar\0");
        let sum: u32 =
            tar.iter().enumerate().map(|(i, &b)| if (148..156).contains(&i) { 32 } else { u32::from(b) }).sum();
        tar[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        tar.extend_from_slice(GOOD.as_bytes());
        tar.resize(512 + GOOD.len().div_ceil(512) * 512 + 1024, 0);
        let dir = std::env::temp_dir().join(format!("dossier-syntax-tar-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.tar.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut enc, &tar).unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        let docs = read_collection(&path).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].name, "GUM_news_x");
        assert_eq!(docs[0].sentences.len(), 2);
        // a damaged header is refused
        tar[0] = b'X';
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut enc, &tar).unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        assert!(read_collection(&path).unwrap_err().to_string().contains("checksum mismatch"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
