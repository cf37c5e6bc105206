//! Prints the entities of text files (segment, tokenize and entities only),
//! each with its type, country, descriptions and mentions with the rule that
//! merged them: the quickest way to audit the entity stage on an article.
//!
//! ```sh
//! cargo run --release -p dossier-nlp --example entities_dump -- examples/01-poland-belarus-missile.txt
//! ```
//!
//! A publisher footer below a separator line (`———`, `--`, `* * *`, `____`)
//! is cut off first, as the text reader does.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path)?;
        let mut body = String::new();
        for line in raw.lines() {
            if matches!(line.trim(), "———" | "--" | "* * *" | "____") {
                break;
            }
            body.push_str(line);
            body.push('\n');
        }
        let doc = dossier_nlp::entities::eval::run_stages(&body);
        println!("=== {path}");
        for e in &doc.entities {
            let ms: Vec<String> = e
                .mentions
                .iter()
                .map(|m| {
                    format!("{}{}", doc.slice(m.span), m.rule.as_ref().map(|r| format!("[{r}]")).unwrap_or_default())
                })
                .collect();
            let country = e.country.as_deref().unwrap_or("-");
            println!("{} {} {:?} {} {:?} | {}", e.id, e.ty.as_str(), e.name, country, e.descriptions, ms.join(" ; "));
        }
    }
    Ok(())
}
