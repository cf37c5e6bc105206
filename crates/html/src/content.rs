//! Main-content extraction: from a parsed page to the ordered body blocks.
//!
//! Three passes, all iterative so that pathological nesting cannot overflow
//! the stack:
//! 1. **Linearise**: walk the DOM once, skipping boilerplate subtrees (tags
//!    such as `nav`, `aside`, `footer`, `script`; hidden elements; class/id
//!    hints such as `comment`, `share`, `related`, `cookie`, `newsletter`),
//!    and cut the remaining text into blocks at block-level elements. Each
//!    block knows its kind, its link text and the element that owns it; each
//!    element knows its pre-order interval, for cheap "is inside" tests.
//! 2. **Choose the container**: readability-style scoring. Every paragraph
//!    gives 1 + commas + length/100 (capped) to its parent, half to its
//!    grandparent and less further up; a candidate's score is discounted by
//!    its link density and moved by class/id hints. The best candidate may
//!    climb to an ancestor that scores higher, and siblings that score well
//!    (bodies split by ad slots) are merged in.
//! 3. **Filter blocks** inside the container: link-heavy blocks, short
//!    boilerplate lines ("Advertisement", "Share this", "Read more"), the
//!    headline repeated from the title, bylines, and headings that introduce
//!    nothing are dropped; captions are kept as `Caption` blocks.
//!
//! The key decision: a fixed, explainable heuristic pipeline rather than a
//! learned model, so results are deterministic, fast (one parse, a few linear
//! passes) and auditable; each rule is tested by a hand-written fixture.

use std::collections::HashMap;
use std::sync::OnceLock;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{ElementRef, Html, Node};

use crate::{Block, BlockKind};

/// Elements whose whole subtree is never article text.
const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "button", "select", "option", "input", "textarea", "iframe", "svg",
    "canvas", "object", "embed", "audio", "video", "map", "head", "title", "meta", "link", "dialog", "menu", "label",
    "math", "picture", "source", "img",
];

/// Page furniture by tag; dropped unless it wraps much of the page.
const STRUCTURAL_DROP_TAGS: &[&str] = &["nav", "aside", "footer", "header"];

/// Elements that start and end a block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "form",
    "fieldset",
    "body",
    "html",
    "caption",
    "hgroup",
];

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("static regex"))
}

/// Class/id hints that mark a subtree as boilerplate even when another
/// class of the same element looks like content ("article-share").
fn strong_negative() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)(^|[-_ ])(comments?|commentlist|disqus|share|sharing|sharebar|social|socials|related|recommended|recirc|outbrain|taboola|promo|promos|sponsored|advert|advertisement|advertising|ads?|adslot|ad-slot|dfp|gpt|cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|paywall|popup|popmake|pum|breadcrumbs?|pagination|pager|byline|author-bio|authorbio|bio|tags|tag-list|taglist|keywords|most-popular|mostpopular|trending|read-more|readmore|more-stories|next-article|prev-next|toolbar|print|rating|skip|visually-hidden|sr-only|screen-reader-text|overlay|banner|masthead|jump-link|pull-?quote|pullquote)([-_ ]|$)",
    )
}

/// Hints that are boilerplate only when nothing else about the element looks
/// like content.
fn weak_negative() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)(^|[-_ ])(header|footer|foot|menu|nav|navbar|navigation|sidebar|side|widget|extra|meta|links|rail|right-rail|aside|teaser|combx|community|shoutbox|sponsor|supplemental|contact|about|timestamp|date|author|credits?)([-_ ]|$)",
    )
}

/// Hints that an element holds the article.
fn positive() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"(?i)(article|body|content|entry|main|post|story|text|blog|hentry|page|column)")
}

/// Short lines that are furniture, not reporting.
fn boilerplate_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^\W*(advertisement|advertisment|sponsored( content)?|ad|share( this| on| article| story)?|tweet|email|e-mail|print|comments?|read more|read next|related( articles| stories| content| coverage)?|more from|more on this|see also|also read|click here|sign up|subscribe|follow us|getty images|loading|skip to|continue reading|story continues|this article|listen to this)\b",
    )
}

/// Bylines left inside article containers.
fn byline() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^(By|BY|by)\s+\p{Lu}")
}

/// A block as cut from the page.
#[derive(Debug)]
struct RawBlock {
    kind: BlockKind,
    level: u8,
    text: String,
    chars: usize,
    link_chars: usize,
    owner: NodeId,
    /// Sequence number at which the block was cut, for "inside" tests.
    order: u32,
}

#[derive(Default, Clone, Copy)]
struct Span {
    open: u32,
    close: u32,
}

/// Result of the linearising pass.
struct Linear {
    blocks: Vec<RawBlock>,
    spans: HashMap<NodeId, Span>,
}

fn class_id(el: &scraper::node::Element) -> String {
    let mut s = String::new();
    if let Some(c) = el.attr("class") {
        s.push_str(c);
    }
    // Heading and paragraph ids are usually slugs of their own text
    // ("how-we-share-data"), not hints about the element.
    if heading_level(el.name()) == 0
        && el.name() != "p"
        && let Some(i) = el.attr("id")
    {
        s.push(' ');
        s.push_str(i);
    }
    s
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    matches!(
        el.attr("role"),
        Some(
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "dialog"
                | "alertdialog"
                | "menu"
                | "menubar"
                | "search"
        )
    )
}

/// Whether an element and its subtree are boilerplate. `big` says the
/// element holds a large share of the page's text: hints from classes, ids
/// and hiding are then not trusted, because a wrapper named
/// `l-side-margins`, `paywall` or `ad-margins` often holds the whole article.
fn is_dropped(el: &scraper::node::Element, big: bool, hints: bool) -> bool {
    let tag = el.name();
    if tag == "html" || tag == "body" {
        return false;
    }
    // Structural tags are trusted unless they wrap a large share of the
    // text, which happens when a page leaves its `<header>` unclosed.
    if STRUCTURAL_DROP_TAGS.contains(&tag) {
        return !big;
    }
    if DROP_TAGS.contains(&tag) {
        return true;
    }
    if big || !hints {
        return false;
    }
    if is_hidden(el) || el.attr("class").is_some_and(|c| c.split_whitespace().any(|c| c == "hidden")) {
        return true;
    }
    let ci = class_id(el);
    if ci.is_empty() {
        return false;
    }
    if strong_negative().is_match(&ci) {
        return true;
    }
    tag != "article" && tag != "main" && weak_negative().is_match(&ci) && !positive().is_match(&ci)
}

/// Whether an element is a caption: `figcaption`, or a small element whose
/// class or id names a caption or a picture credit. The size limit keeps a
/// page-level class such as `f_caption_muted_videos_on` from turning the
/// whole page into a caption.
fn is_caption(el: &scraper::node::Element, size: usize) -> bool {
    if matches!(el.name(), "figcaption" | "caption") {
        return true;
    }
    if size > 400 || matches!(el.name(), "html" | "body") {
        return false;
    }
    let ci = class_id(el).to_ascii_lowercase();
    ci.contains("caption") || ci.contains("image-credit") || ci.contains("photo-credit")
}

fn heading_level(tag: &str) -> u8 {
    match tag {
        "h1" => 1,
        "h2" => 2,
        "h3" => 3,
        "h4" => 4,
        "h5" => 5,
        "h6" => 6,
        _ => 0,
    }
}

/// The block being assembled from inline content.
struct Pending {
    text: String,
    link_chars: usize,
}

/// Context inherited from ancestors that sets a block's kind.
#[derive(Clone, Copy)]
struct Ctx {
    owner: NodeId,
    kind: BlockKind,
    level: u8,
    in_link: bool,
}

/// Text characters (not whitespace) under each element, ignoring scripts
/// and styles, for the "holds a large share of the page" test.
fn text_sizes(doc: &Html) -> (HashMap<NodeId, usize>, usize) {
    let mut sizes = HashMap::new();
    let mut stack: Vec<usize> = vec![0];
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(_) => stack.push(0),
                Node::Text(t) => {
                    let in_code = node
                        .parent()
                        .and_then(|p| {
                            p.value()
                                .as_element()
                                .map(|e| matches!(e.name(), "script" | "style" | "noscript" | "template"))
                        })
                        .unwrap_or(false);
                    if !in_code && let Some(top) = stack.last_mut() {
                        *top += t.chars().filter(|c| !c.is_whitespace()).count();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if node.value().is_element() {
                    let n = stack.pop().unwrap_or(0);
                    sizes.insert(node.id(), n);
                    if let Some(top) = stack.last_mut() {
                        *top += n;
                    }
                }
            }
        }
    }
    let total = stack.first().copied().unwrap_or(0);
    (sizes, total)
}

/// Share of the page's text above which class/id hints cannot drop an
/// element.
const BIG_SHARE: f64 = 0.4;

/// `hints` turns on dropping by class, id and hiding; without it only
/// boilerplate tags are dropped (the fallback when hints removed the body).
fn linearise(doc: &Html, hints: bool) -> Linear {
    let root = doc.tree.root();
    let (sizes, total) = text_sizes(doc);
    let big = |id: NodeId| sizes.get(&id).is_some_and(|&n| n as f64 > BIG_SHARE * total as f64);
    let mut blocks = Vec::new();
    let mut spans: HashMap<NodeId, Span> = HashMap::new();
    let mut pending = Pending { text: String::new(), link_chars: 0 };
    let mut stack: Vec<Ctx> = vec![Ctx { owner: root.id(), kind: BlockKind::Paragraph, level: 0, in_link: false }];
    let mut skipping: Option<NodeId> = None;
    let mut counter: u32 = 0;

    // `counter` ticks at every element open and close, so a block flushed at
    // sequence number `seq` lies inside element E exactly when
    // E.open <= seq <= E.close.
    let flush = |pending: &mut Pending, ctx: &Ctx, seq: u32, blocks: &mut Vec<RawBlock>| {
        let text = if ctx.kind == BlockKind::Preformatted {
            pending.text.trim_matches(['\n', '\r']).trim_end().to_owned()
        } else {
            // Collapse whitespace inside lines, keep explicit line breaks.
            pending
                .text
                .split('\n')
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        if !text.is_empty() {
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            blocks.push(RawBlock {
                kind: ctx.kind,
                level: ctx.level,
                text,
                chars,
                link_chars: pending.link_chars.min(chars),
                owner: ctx.owner,
                order: seq,
            });
        }
        pending.text.clear();
        pending.link_chars = 0;
    };

    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        if is_dropped(el, big(node.id()), hints) {
                            skipping = Some(node.id());
                            continue;
                        }
                        let tag = el.name();
                        let parent = *stack.last().expect("stack never empty");
                        let mut ctx = parent;
                        if tag == "br" {
                            pending.text.push('\n');
                        }
                        if tag == "a" {
                            ctx.in_link = true;
                        }
                        let is_block = BLOCK_TAGS.contains(&tag);
                        if is_block {
                            flush(&mut pending, &parent, counter, &mut blocks);
                        }
                        counter += 1;
                        if is_block {
                            ctx.owner = node.id();
                            let level = heading_level(tag);
                            if level > 0 {
                                ctx.kind = BlockKind::Heading;
                                ctx.level = level;
                            } else if tag == "li" || tag == "dt" || tag == "dd" {
                                if ctx.kind == BlockKind::Paragraph {
                                    ctx.kind = BlockKind::ListItem;
                                }
                            } else if tag == "blockquote" {
                                ctx.kind = BlockKind::Quote;
                            } else if tag == "pre" {
                                ctx.kind = BlockKind::Preformatted;
                            }
                        }
                        if is_caption(el, sizes.get(&node.id()).copied().unwrap_or(0)) {
                            ctx.kind = BlockKind::Caption;
                        }
                        spans.insert(node.id(), Span { open: counter, close: counter });
                        stack.push(ctx);
                    }
                    Node::Text(t) => {
                        let ctx = stack.last().expect("stack never empty");
                        let s: &str = t;
                        if ctx.in_link {
                            pending.link_chars += s.chars().filter(|c| !c.is_whitespace()).count();
                        }
                        if ctx.kind == BlockKind::Preformatted {
                            pending.text.push_str(s);
                        } else {
                            // Newlines in source text are just whitespace.
                            pending.text.push_str(&s.replace(['\n', '\r'], " "));
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(skip) = skipping {
                    if skip == node.id() {
                        skipping = None;
                        // A dropped element still separates words.
                        pending.text.push(' ');
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let ctx = stack.pop().expect("balanced traversal");
                    let tag = el.name();
                    if BLOCK_TAGS.contains(&tag) {
                        flush(&mut pending, &ctx, counter, &mut blocks);
                    }
                    if let Some(span) = spans.get_mut(&node.id()) {
                        span.close = counter;
                    }
                    counter += 1;
                }
            }
        }
    }
    if let Some(ctx) = stack.last() {
        flush(&mut pending, ctx, counter, &mut blocks);
    }
    Linear { blocks, spans }
}

fn element(doc: &Html, id: NodeId) -> Option<ElementRef<'_>> {
    doc.tree.get(id).and_then(ElementRef::wrap)
}

/// Readability's starting score for an element, by tag and class/id.
fn initial_score(el: &scraper::node::Element) -> f64 {
    let tag_score = match el.name() {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag_score + class_weight(el)
}

fn class_weight(el: &scraper::node::Element) -> f64 {
    let ci = class_id(el);
    let mut w = 0.0;
    if ci.is_empty() {
        return w;
    }
    if positive().is_match(&ci) {
        w += 25.0;
    }
    if weak_negative().is_match(&ci) {
        w -= 25.0;
    }
    if el.attr("itemprop").is_some_and(|p| p.contains("articleBody")) {
        w += 50.0;
    }
    w
}

const PARAGRAPH_OWNERS: &[&str] =
    &["p", "pre", "td", "blockquote", "li", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"];

/// Chooses the container elements (in document order) holding the article.
fn choose_containers(doc: &Html, lin: &Linear) -> Vec<NodeId> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    // Per-element text and link sums, accumulated over ancestors lazily for
    // the elements that become candidates.
    for b in &lin.blocks {
        if b.chars < 25
            || !matches!(
                b.kind,
                BlockKind::Paragraph | BlockKind::Quote | BlockKind::Preformatted | BlockKind::ListItem
            )
        {
            continue;
        }
        let commas = b.text.matches([',', '،', '，', '、']).count() as f64;
        let mut s = 1.0 + commas + (b.chars as f64 / 100.0).min(3.0);
        if b.kind == BlockKind::ListItem {
            s *= 0.5;
        }
        let Some(owner) = doc.tree.get(b.owner) else {
            continue;
        };
        let owner_tag = match owner.value() {
            Node::Element(e) => e.name(),
            _ => "",
        };
        // A paragraph scores for its parent; text sitting directly in a
        // div scores for the div itself.
        let mut node = if PARAGRAPH_OWNERS.contains(&owner_tag) { owner.parent() } else { Some(owner) };
        let mut level = 0;
        while let Some(n) = node {
            if level >= 5 {
                break;
            }
            let Node::Element(e) = n.value() else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *scores.entry(n.id()).or_insert_with(|| initial_score(e)) += s / divider;
            node = n.parent();
            level += 1;
        }
    }
    if scores.is_empty() {
        return Vec::new();
    }

    // Text and link characters per candidate, from the blocks inside it.
    let sums = |id: NodeId| -> (usize, usize) {
        let Some(span) = lin.spans.get(&id) else {
            return (0, 0);
        };
        let mut t = 0;
        let mut l = 0;
        for b in blocks_in(&lin.blocks, *span) {
            t += b.chars;
            l += b.link_chars;
        }
        (t, l)
    };
    let link_density = |id: NodeId| -> f64 {
        let (t, l) = sums(id);
        if t == 0 { 0.0 } else { l as f64 / t as f64 }
    };

    let mut ranked: Vec<(NodeId, f64)> = scores.iter().map(|(&id, &s)| (id, s * (1.0 - link_density(id)))).collect();
    ranked.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| order_of(lin, a.0).cmp(&order_of(lin, b.0)))
    });
    let (mut top, mut top_score) = ranked[0];
    let final_map: HashMap<NodeId, f64> = ranked.iter().copied().collect();
    let final_score = |id: NodeId| -> Option<f64> { final_map.get(&id).copied() };

    // A body cut into several sections (each with its own heading) yields
    // several near-equal candidates; when at least two others score within
    // 75% of the best and share an ancestor with it, that ancestor is the
    // article.
    {
        let inside = |outer: NodeId, inner: NodeId| -> bool {
            match (lin.spans.get(&outer), lin.spans.get(&inner)) {
                (Some(o), Some(i)) => o.open <= i.open && i.close <= o.close,
                _ => false,
            }
        };
        let alternates: Vec<NodeId> = ranked[1..]
            .iter()
            .take_while(|(_, s)| *s >= 0.75 * top_score)
            .map(|(id, _)| *id)
            .filter(|&id| !inside(id, top) && !inside(top, id))
            .collect();
        if alternates.len() >= 2 {
            let mut cur = doc.tree.get(top).and_then(|n| n.parent());
            let mut steps = 0;
            while let Some(p) = cur {
                let Node::Element(e) = p.value() else { break };
                if e.name() == "body" || steps >= 4 {
                    break;
                }
                if alternates.iter().filter(|&&a| inside(p.id(), a)).count() >= 2 {
                    top = p.id();
                    top_score = final_score(top).unwrap_or(top_score);
                    break;
                }
                cur = p.parent();
                steps += 1;
            }
        }
    }

    // Climb while the parent scores higher (readability's "scores should not
    // get too low" walk).
    {
        let threshold = top_score / 3.0;
        let mut last = top_score;
        let mut cur = doc.tree.get(top).and_then(|n| n.parent());
        while let Some(p) = cur {
            let Node::Element(e) = p.value() else { break };
            if e.name() == "body" {
                break;
            }
            if let Some(ps) = final_score(p.id()) {
                if ps < threshold {
                    break;
                }
                if ps > last {
                    top = p.id();
                    top_score = ps;
                    break;
                }
                last = ps;
            }
            cur = p.parent();
        }
    }
    // A lone child's wrapper is the same container; climbing keeps siblings
    // of the wrapper reachable for merging.
    while let Some(p) = doc.tree.get(top).and_then(|n| n.parent()) {
        let Node::Element(e) = p.value() else { break };
        if e.name() == "body" || p.children().filter(|c| c.value().is_element()).count() != 1 {
            break;
        }
        top = p.id();
    }

    // Merge siblings that score well or are plain paragraphs.
    let Some(top_node) = doc.tree.get(top) else {
        return vec![top];
    };
    let Some(parent) = top_node.parent() else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = top_node.value().as_element().and_then(|e| e.attr("class")).unwrap_or("");
    let mut chosen = Vec::new();
    for sib in parent.children() {
        let Node::Element(e) = sib.value() else {
            continue;
        };
        if sib.id() == top {
            chosen.push(top);
            continue;
        }
        if !lin.spans.contains_key(&sib.id()) {
            // Dropped in the linearising pass.
            continue;
        }
        let bonus = if !top_class.is_empty() && e.attr("class") == Some(top_class) { top_score * 0.2 } else { 0.0 };
        if let Some(s) = final_score(sib.id())
            && s + bonus >= threshold
        {
            chosen.push(sib.id());
            continue;
        }
        if e.name() == "p" {
            let (t, l) = sums(sib.id());
            let ld = if t == 0 { 1.0 } else { l as f64 / t as f64 };
            let text: String = element(doc, sib.id()).map(|x| x.text().collect()).unwrap_or_default();
            let text = text.trim();
            if (t > 80 && ld < 0.25) || (t > 0 && t <= 80 && l == 0 && (text.ends_with('.') || text.contains(". "))) {
                chosen.push(sib.id());
            }
        }
    }
    chosen
}

fn order_of(lin: &Linear, id: NodeId) -> u32 {
    lin.spans.get(&id).map_or(u32::MAX, |s| s.open)
}

/// The blocks whose owner lies inside `span`; blocks are in document order,
/// so this is a contiguous run found by binary search.
fn blocks_in(blocks: &[RawBlock], span: Span) -> &[RawBlock] {
    let start = blocks.partition_point(|b| b.order < span.open);
    let end = blocks.partition_point(|b| b.order <= span.close);
    if start <= end { &blocks[start..end] } else { &[] }
}

fn normalise_for_compare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Filters and converts the chosen blocks.
fn finish(blocks: Vec<&RawBlock>, title: Option<&str>) -> Vec<Block> {
    let title_norm = title.map(normalise_for_compare).unwrap_or_default();
    let mut out: Vec<Block> = Vec::new();
    for b in blocks {
        let ld = if b.chars == 0 { 0.0 } else { b.link_chars as f64 / b.chars as f64 };
        if b.kind != BlockKind::Caption {
            if ld > 0.5 && !(b.kind == BlockKind::Quote) {
                continue;
            }
            if b.chars < 60 && boilerplate_line().is_match(&b.text) {
                continue;
            }
            if b.chars < 50 && byline().is_match(&b.text) {
                continue;
            }
        }
        // The headline repeats the title (which may carry a " | Site" tail).
        if b.kind == BlockKind::Heading && !title_norm.is_empty() {
            let h = normalise_for_compare(&b.text);
            if !h.is_empty() && title_norm.starts_with(&h) && h.len() * 2 >= title_norm.len() {
                continue;
            }
        }
        out.push(Block { kind: b.kind, level: b.level, text: b.text.clone() });
    }
    // Headings at the end introduce something that was removed ("Related
    // stories", "Comments").
    while out.last().is_some_and(|b| matches!(b.kind, BlockKind::Heading | BlockKind::Caption)) {
        out.pop();
    }
    out
}

/// Below this many characters of body text, the extraction is retried with
/// class/id hints off, and the longer result kept.
const RETRY_CHARS: usize = 250;

fn text_chars(blocks: &[Block]) -> usize {
    blocks.iter().filter(|b| b.kind.in_text()).map(|b| b.text.chars().filter(|c| !c.is_whitespace()).count()).sum()
}

/// Extracts the body blocks of a parsed page.
pub(crate) fn extract_blocks(doc: &Html, title: Option<&str>) -> Vec<Block> {
    let first = extract_with(doc, title, true);
    if text_chars(&first) >= RETRY_CHARS {
        return first;
    }
    let second = extract_with(doc, title, false);
    if text_chars(&second) > text_chars(&first) { second } else { first }
}

fn extract_with(doc: &Html, title: Option<&str>, hints: bool) -> Vec<Block> {
    let lin = linearise(doc, hints);
    if std::env::var_os("DOSSIER_HTML_DEBUG").is_some() {
        for b in &lin.blocks {
            eprintln!("{:?} seq={} chars={} link={} {:.60}", b.kind, b.order, b.chars, b.link_chars, b.text);
        }
    }
    let containers = choose_containers(doc, &lin);
    if std::env::var_os("DOSSIER_HTML_DEBUG").is_some() {
        for c in &containers {
            if let Some(e) = element(doc, *c) {
                let v = e.value();
                eprintln!("container {}.{}#{}", v.name(), v.attr("class").unwrap_or(""), v.attr("id").unwrap_or(""));
            }
        }
    }
    let chosen: Vec<&RawBlock> = if containers.is_empty() {
        lin.blocks.iter().collect()
    } else {
        let mut v: Vec<&RawBlock> = Vec::new();
        for c in &containers {
            if let Some(span) = lin.spans.get(c) {
                v.extend(blocks_in(&lin.blocks, *span));
            }
        }
        v
    };
    let out = finish(chosen, title);
    if out.iter().any(|b| b.kind.in_text()) {
        return out;
    }
    // Nothing survived: fall back to every block of the page.
    finish(lin.blocks.iter().collect(), title)
}

/// For tuning: the ancestor chain of the first text node containing
/// `snippet`, each element shown as `tag.class#id`, with `[DROP]` on those
/// the boilerplate pass removes.
pub(crate) fn debug_path(doc: &Html, snippet: &str) -> Vec<String> {
    let mut all = Vec::new();
    for node in doc.tree.root().descendants() {
        if let Node::Text(t) = node.value()
            && t.contains(snippet)
        {
            let mut out = Vec::new();
            let mut cur = node.parent();
            while let Some(n) = cur {
                if let Node::Element(e) = n.value() {
                    out.push(format!(
                        "{}.{}#{}{}",
                        e.name(),
                        e.attr("class").unwrap_or(""),
                        e.attr("id").unwrap_or(""),
                        if is_dropped(e, false, true) { " [DROP?]" } else { "" }
                    ));
                }
                cur = n.parent();
            }
            out.reverse();
            all.extend(out);
            all.push("--".into());
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use crate::{BlockKind, extract};

    /// A page shell with site furniture around `article`, so each test only
    /// writes the part it is about.
    fn page(article: &str) -> String {
        format!(
            r#"<!doctype html><html lang="en"><head><title>Harbour deal signed | Coast Times</title></head>
            <body><div class="site-header"><a href="/">Coast Times</a></div>
            <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
            <div id="main"><div class="article-body">{article}</div></div>
            <footer><p>Copyright 2024 Coast Times. All rights reserved. Contact us at the newsroom.</p></footer>
            </body></html>"#
        )
    }

    const P1: &str = "<p>The two governments signed the harbour agreement on Tuesday, ending a dispute that had closed the port to freight for three months.</p>";
    const P2: &str = "<p>Officials said the first container ships would dock within a week, although inspectors, customs staff and pilots still have to be rehired.</p>";
    const P3: &str = "<p>Fishermen, who had protested outside the ministry, welcomed the deal but said compensation for lost income was still unresolved.</p>";

    /// Extracts `html` and checks that every `want` snippet is in the text
    /// and no `unwanted` snippet is.
    fn check(html: &str, want: &[&str], unwanted: &[&str]) {
        let p = extract(html, None).expect("extractable");
        let text = p.text();
        for w in want {
            assert!(text.contains(w), "missing {w:?} in:\n{text}");
        }
        for u in unwanted {
            assert!(!text.contains(u), "unwanted {u:?} in:\n{text}");
        }
    }

    #[test]
    fn navigation_and_footer_are_dropped() {
        check(&page(&format!("{P1}{P2}{P3}")), &["harbour agreement", "Fishermen"], &["Politics", "Copyright"]);
    }

    #[test]
    fn headings_and_paragraphs_are_separate_blocks() {
        let p = extract(&page(&format!("{P1}<h2>What happens next</h2>{P2}{P3}")), None).unwrap();
        let kinds: Vec<BlockKind> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Heading, BlockKind::Paragraph, BlockKind::Paragraph]);
        assert_eq!(p.blocks[1].level, 2);
        assert!(p.text().contains("three months.\n\nWhat happens next\n\nOfficials"));
    }

    #[test]
    fn headline_repeating_the_title_is_not_body() {
        let html = page(&format!("<h1>Harbour deal signed</h1>{P1}{P2}{P3}"));
        check(&html, &["harbour agreement"], &["Harbour deal signed"]);
    }

    #[test]
    fn ads_are_dropped() {
        let html = page(&format!(
            r#"{P1}<div class="ad-slot"><p>Buy the new phone today, with free delivery and a year of cover.</p></div>
            <p>Advertisement</p>{P2}{P3}"#
        ));
        check(&html, &["harbour agreement", "Officials"], &["new phone", "Advertisement"]);
    }

    #[test]
    fn related_links_are_dropped() {
        let html = page(&format!(
            r#"{P1}{P2}{P3}<div class="related-stories"><h3>Related</h3><ul>
            <li><a href="/a">Port strike enters its third month as talks stall again</a></li>
            <li><a href="/b">Minister rejects calls to resign over freight backlog</a></li></ul></div>
            <ul><li><a href="/c">Ferry operator warns of further cancellations this winter</a></li></ul>"#
        ));
        check(&html, &["Fishermen"], &["Port strike", "Ferry operator", "Related"]);
    }

    #[test]
    fn comments_are_dropped() {
        let html = page(&format!(
            r#"{P1}{P2}{P3}<section id="comments"><h3>3 comments</h3>
            <div class="comment"><p>About time, this dispute cost my business thousands of pounds, frankly.</p></div></section>"#
        ));
        check(&html, &["Fishermen"], &["About time", "3 comments"]);
    }

    #[test]
    fn cookie_banner_is_dropped() {
        let html = format!(
            r#"<div class="cookie-consent"><p>We use cookies to improve your experience, to measure audiences and to show you personalised content.</p><button>Accept</button></div>{}"#,
            page(&format!("{P1}{P2}{P3}"))
        );
        check(&html, &["Officials"], &["We use cookies", "Accept"]);
    }

    #[test]
    fn share_widgets_are_dropped() {
        let html = page(&format!(
            r#"<div class="share-tools"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> <span>Share this article with friends and colleagues</span></div>
            {P1}{P2}<p>Share this article</p>{P3}"#
        ));
        check(&html, &["Officials", "Fishermen"], &["Facebook", "Share this"]);
    }

    #[test]
    fn hidden_elements_are_dropped() {
        let html = page(&format!(
            r#"{P1}<div style="display: none"><p>Subscribers get the full archive, crosswords and the weekly newsletter.</p></div>
            <div hidden><p>Hidden teaser text that should never surface.</p></div>{P2}{P3}"#
        ));
        check(&html, &["Officials"], &["Subscribers", "Hidden teaser"]);
    }

    #[test]
    fn captions_are_kept_as_their_own_kind_but_not_in_text() {
        let html = page(&format!(
            r#"{P1}<figure><img src="a.jpg"><figcaption>Cranes at the eastern terminal. Photo: J. Roe</figcaption></figure>{P2}{P3}"#
        ));
        let p = extract(&html, None).unwrap();
        assert!(p.blocks.iter().any(|b| b.kind == BlockKind::Caption && b.text.contains("Cranes")));
        assert!(!p.text().contains("Cranes"));
    }

    #[test]
    fn pull_quotes_are_dropped_but_block_quotes_kept() {
        let html = page(&format!(
            r#"{P1}<aside class="pullquote">“We will not wait another winter”</aside>
            <div class="pull-quote">“We will not wait another winter”</div>
            {P2}<blockquote><p>“We will not wait another winter,” the union leader told reporters outside the port gates.</p></blockquote>{P3}"#
        ));
        let p = extract(&html, None).unwrap();
        let text = p.text();
        assert_eq!(text.matches("We will not wait").count(), 1, "{text}");
        assert!(p.blocks.iter().any(|b| b.kind == BlockKind::Quote));
    }

    #[test]
    fn list_items_in_the_body_are_kept() {
        let html = page(&format!(
            "{P1}<ul><li>Freight resumes within seven days of signature.</li><li>Both sides appoint a joint harbour board.</li></ul>{P2}{P3}"
        ));
        let p = extract(&html, None).unwrap();
        assert!(p.blocks.iter().any(|b| b.kind == BlockKind::ListItem && b.text.starts_with("Freight resumes")));
    }

    #[test]
    fn body_split_by_ad_slots_is_merged() {
        let html = format!(
            r#"<html><body><div id="story">
            <div class="story-text">{P1}{P2}</div>
            <div class="ad-container"><p>Sponsored: cheap flights.</p></div>
            <div class="story-text">{P3}<p>The agreement runs for ten years, with a review clause after five, the ministry said in a statement.</p></div>
            </div><div class="sidebar"><p>Most read: a list of other stories.</p></div></body></html>"#
        );
        check(&html, &["harbour agreement", "Fishermen", "review clause"], &["cheap flights", "Most read"]);
    }

    #[test]
    fn wrapper_with_a_boilerplate_class_is_not_dropped_when_it_holds_the_article() {
        let html = format!(
            r#"<html><body><div class="l-side-margins paywall">{P1}{P2}{P3}</div><div><a href="/">Home</a></div></body></html>"#
        );
        check(&html, &["harbour agreement", "Fishermen"], &[]);
    }

    #[test]
    fn bylines_inside_the_body_are_dropped() {
        check(&page(&format!("<p>By Jane Roe</p>{P1}{P2}{P3}")), &["Officials"], &["Jane Roe"]);
    }

    #[test]
    fn bad_input_never_panics() {
        for html in [
            "",
            "   ",
            "<html>",
            "<html><head><title>x</title></head></html>",
            "<<<>>>&&&;;</p></div></body>",
            "<script>var a = '<p>not text</p>';</script>",
            "\u{0}\u{feff}<p>\u{0}</p>",
        ] {
            let _ = extract(html, None);
            let _ = extract(html, Some("not a url"));
        }
    }

    #[test]
    fn no_text_is_a_clear_error() {
        let err = extract(
            "<html><head><title>t</title></head><body><script>x()</script></body></html>",
            Some("https://e.org/a"),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "html has no extractable text (https://e.org/a)");
        assert!(extract("", None).is_err());
    }

    #[test]
    fn text_without_paragraph_markup_is_still_extracted() {
        let p = extract("just a line of text", None).unwrap();
        assert_eq!(p.text(), "just a line of text");
    }

    #[test]
    fn deeply_nested_tags_do_not_overflow() {
        let depth = 20_000;
        let html = format!("{}<p>deep text here</p>{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let p = extract(&html, None).unwrap();
        assert!(p.text().contains("deep text"));
        let html = format!("{}deep inline", "<span><b>".repeat(depth));
        assert!(extract(&html, None).unwrap().text().contains("deep inline"));
    }

    #[test]
    fn huge_page_is_handled() {
        let body = format!("{P1}{P2}{P3}").repeat(3000);
        let p = extract(&page(&body), None).unwrap();
        assert!(p.text().len() > 300_000);
    }
}
