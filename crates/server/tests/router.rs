//! Every route, answered by the router without a socket
//! (`tower::ServiceExt::oneshot`), over a store of the example articles.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{example_store, get, post, send, state};
use dossier_server::WritePolicy;
use std::sync::OnceLock;

fn store_path() -> &'static std::path::Path {
    static PATH: OnceLock<std::path::PathBuf> = OnceLock::new();
    PATH.get_or_init(|| example_store("router"))
}

fn open() -> dossier_server::AppState {
    state(store_path(), WritePolicy::Open)
}

async fn first_doc_id(s: &dossier_server::AppState) -> String {
    let list = get(s, "/api/v1/documents").await.json();
    list["items"][0]["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn every_api_route_is_in_the_openapi_document_and_answers() {
    let s = open();
    let doc = get(&s, "/api/v1/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    let spec = doc.json();
    let id = first_doc_id(&s).await;
    let outlet = get(&s, "/api/v1/outlets").await.json()[0]["id"].as_str().unwrap().to_string();
    let entity = get(&s, "/api/v1/entities?type=PERSON").await.json()[0].clone();
    for (method, path) in dossier_server::api::ROUTES {
        assert!(spec["paths"][path][method].is_object(), "{method} {path} is missing from the OpenAPI document");
        let uri = path
            .replace("{id}", if path.contains("outlets") { &outlet } else { &id })
            .replace("{type}", entity["type"].as_str().unwrap())
            .replace("{name}", &entity["name"].as_str().unwrap().replace(' ', "%20"))
            .replace("/search", "/search?q=missile")
            .replace("/tension", "/tension?a=Poland&b=Belarus");
        let res = match *method {
            "get" => get(&s, &uri).await,
            "post" => post(&s, &uri, "text/plain", "A short article. The minister said it was fine.").await,
            other => panic!("unexpected method {other}"),
        };
        assert!(res.status.is_success(), "{method} {uri}: {} {}", res.status, res.body);
    }
    // And the other way round: nothing documented that is not served.
    let documented: usize = spec["paths"].as_object().unwrap().values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(documented, dossier_server::api::ROUTES.len());
}

#[tokio::test]
async fn documents_list_filters_and_pages() {
    let s = open();
    let all = get(&s, "/api/v1/documents").await.json();
    let n = all["items"].as_array().unwrap().len();
    assert!(n >= 8);
    assert!(all["items"][0]["title"].is_string());
    let page = get(&s, "/api/v1/documents?limit=3&offset=0").await.json();
    assert_eq!(page["items"].as_array().unwrap().len(), 3);
    assert_eq!(page["next_offset"], 3);
    let last = get(&s, &format!("/api/v1/documents?limit=3&offset={}", n - 1)).await.json();
    assert!(last["next_offset"].is_null());
    let by_entity = get(&s, "/api/v1/documents?entity=Wielgus").await.json();
    assert!(!by_entity["items"].as_array().unwrap().is_empty());
    assert!(by_entity["items"].as_array().unwrap().len() < n);
    let by_text = get(&s, "/api/v1/documents?q=missile").await.json();
    assert!(!by_text["items"].as_array().unwrap().is_empty());
    let future = get(&s, "/api/v1/documents?from=2999-01-01").await.json();
    assert!(future["items"].as_array().unwrap().is_empty());
    let bad = get(&s, "/api/v1/documents?from=yesterday").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json()["error"]["code"], "bad_request");
}

#[tokio::test]
async fn one_document_is_valid_extraction_json() {
    let s = open();
    let id = first_doc_id(&s).await;
    let res = get(&s, &format!("/api/v1/documents/{id}")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.headers["content-type"].to_str().unwrap().starts_with("application/json"));
    let v = res.json();
    assert_eq!(v["schema"], "dossier/extraction/v1");
    assert_eq!(v["document"]["id"], id.as_str());
    assert_eq!(dossier_export::validate(&v), Vec::<String>::new());
    // A unique prefix works as in the CLI; unknown ids are 404 JSON.
    assert_eq!(get(&s, &format!("/api/v1/documents/{}", &id[..10])).await.status, StatusCode::OK);
    let missing = get(&s, "/api/v1/documents/ffffffffffffffffffffffffffffffff").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["error"]["status"], 404);
}

#[tokio::test]
async fn search_returns_marked_snippets() {
    let s = open();
    let hits = get(&s, "/api/v1/search?q=missile").await.json();
    let first = &hits[0];
    assert!(first["document"]["id"].is_string());
    assert!(first["parts"].as_array().unwrap().iter().any(|p| p["hit"] == true));
    assert!(!first["snippet"].as_str().unwrap().contains('\u{E000}'));
    assert_eq!(get(&s, "/api/v1/search").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn entities_aggregate_across_documents() {
    let s = open();
    let list = get(&s, "/api/v1/entities").await.json();
    assert!(!list.as_array().unwrap().is_empty());
    let top = &list[0];
    let (ty, name) = (top["type"].as_str().unwrap(), top["name"].as_str().unwrap());
    let uri = format!("/api/v1/entities/{ty}/{}", dossier_name(name));
    let e = get(&s, &uri).await.json();
    assert_eq!(e["name"], name);
    assert_eq!(e["documents"].as_array().unwrap().len() as u64, top["documents"].as_u64().unwrap());
    assert!(!e["mentions"].as_array().unwrap().is_empty());
    assert!(!e["merges"].as_array().unwrap().is_empty());
    assert!(e["mentions"][0]["context"].as_str().unwrap().len() > 5);
    assert!(e["claims_by"].is_array() && e["claims_about"].is_array() && e["co_occurring"].is_array());
    assert_eq!(get(&s, "/api/v1/entities/PERSON/Nobody%20Atall").await.status, StatusCode::NOT_FOUND);
    assert_eq!(get(&s, "/api/v1/entities?type=WIZARD").await.status, StatusCode::BAD_REQUEST);
}

fn dossier_name(name: &str) -> String {
    name.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[tokio::test]
async fn claims_outlets_and_timeline() {
    let s = open();
    let claims = get(&s, "/api/v1/claims?sort=-date").await;
    assert_eq!(claims.status, StatusCode::OK);
    assert!(claims.json().is_array());
    assert_eq!(get(&s, "/api/v1/claims?certainty=sure").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(get(&s, "/api/v1/claims?sort=colour").await.status, StatusCode::BAD_REQUEST);
    let outlets = get(&s, "/api/v1/outlets").await.json();
    let o = &outlets[0];
    assert!(!o["domains"].as_array().unwrap().is_empty());
    let detail = get(&s, &format!("/api/v1/outlets/{}", o["id"].as_str().unwrap())).await.json();
    assert!(!detail["documents"].as_array().unwrap().is_empty());
    assert_eq!(get(&s, "/api/v1/outlets/o-nowhere").await.status, StatusCode::NOT_FOUND);
    let tl = get(&s, "/api/v1/timeline").await.json();
    let items = tl.as_array().unwrap();
    assert!(!items.is_empty(), "the examples have calendar dates");
    assert!(items.windows(2).all(|w| w[0]["date"].as_str() <= w[1]["date"].as_str()));
    let filtered = get(&s, "/api/v1/timeline?actor=Poland").await.json();
    assert!(filtered.as_array().unwrap().len() < items.len());
}

#[tokio::test]
async fn every_page_renders_with_security_headers() {
    let s = open();
    let id = first_doc_id(&s).await;
    let entity = get(&s, "/api/v1/entities").await.json()[0].clone();
    let outlet = get(&s, "/api/v1/outlets").await.json()[0]["id"].as_str().unwrap().to_string();
    let pages = [
        "/".to_string(),
        "/?q=missile".into(),
        "/?outlet=wire&from=2020-01-01".into(),
        format!("/documents/{id}"),
        "/entities".into(),
        "/entities?type=PERSON".into(),
        format!("/entities/{}/{}", entity["type"].as_str().unwrap(), dossier_name(entity["name"].as_str().unwrap())),
        "/claims".into(),
        "/claims?sort=-holder&certainty=asserted".into(),
        "/timeline".into(),
        "/timeline?actor=Belarus".into(),
        "/outlets".into(),
        format!("/outlets/{outlet}"),
    ];
    for p in pages {
        let res = get(&s, &p).await;
        assert_eq!(res.status, StatusCode::OK, "{p}: {}", res.body);
        assert!(res.headers["content-type"].to_str().unwrap().starts_with("text/html"), "{p}");
        let csp = res.headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{p}");
        assert_eq!(res.headers["x-content-type-options"], "nosniff");
        assert!(res.body.contains("<main id=\"main\">"), "{p}");
    }
    for asset in ["/static/app.css", "/static/app.js"] {
        assert_eq!(get(&s, asset).await.status, StatusCode::OK);
    }
    let missing = get(&s, "/documents/ffffffffffffffffffffffffffffffff").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<h1>404</h1>"));
    let unknown_api = get(&s, "/api/v1/nothing").await;
    assert_eq!(unknown_api.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown_api.json()["error"]["code"], "not_found");
}

#[tokio::test]
async fn reader_highlights_are_focusable_and_explained() {
    let s = open();
    let id = first_doc_id(&s).await;
    let page = get(&s, &format!("/documents/{id}")).await.body;
    assert!(page.contains("class=\"hl k-ent"), "entities are highlighted");
    assert!(page.contains("class=\"hl k-date\""), "dates are highlighted");
    assert!(page.contains("tabindex=\"0\""));
    assert!(page.contains("aria-describedby=\"info-ent-e1\""));
    assert!(page.contains("id=\"info-ent-e1\""));
    assert_eq!(page.matches("<mark").count(), page.matches("</mark>").count());
}

#[tokio::test]
async fn library_search_marks_hits() {
    let s = open();
    let page = get(&s, "/?q=missile").await.body;
    assert!(page.contains("<mark class=\"hit\">"), "{page}");
}

#[tokio::test]
async fn ingest_text_json_and_duplicates() {
    let path = example_store("router-ingest");
    let s = state(&path, WritePolicy::Open);
    // Cached and fresh answers agree, before and after the store changes.
    let id = first_doc_id(&s).await;
    let before = get(&s, &format!("/api/v1/documents/{id}")).await.body;
    assert_eq!(get(&s, &format!("/api/v1/documents/{id}")).await.body, before);
    let text = "Ministry denies drone report\n\nThe defence ministry in Vilnius denied on Monday that a drone had \
                crossed into Lithuanian airspace, a spokesman said.";
    let first = post(&s, "/api/v1/documents", "text/plain; charset=utf-8", text).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let v = first.json();
    assert_eq!(v["status"], "inserted");
    let location = first.headers["location"].to_str().unwrap().to_string();
    assert_eq!(get(&s, &location).await.status, StatusCode::OK);
    let again = post(&s, "/api/v1/documents", "text/plain", text).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["status"], "already_stored");
    let json = serde_json::json!({"text": "Another piece. Officials said talks would resume in Geneva.", "url": "https://news.example.org/a", "published": "2025-03-04"});
    let res = post(&s, "/api/v1/documents", "application/json", json.to_string()).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let doc = get(&s, res.json()["location"].as_str().unwrap()).await.json();
    assert_eq!(doc["document"]["published"], "2025-03-04");
    assert_eq!(doc["document"]["url"], "https://news.example.org/a");
    assert_eq!(get(&s, &format!("/api/v1/documents/{id}")).await.body, before);
}

#[tokio::test]
async fn ingest_errors_are_clear_json() {
    let path = example_store("router-errors");
    let s = state(&path, WritePolicy::Open);
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "application/x-www-form-urlencoded",
            b"a=b".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        ("text/plain", b"   \n ".to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "unprocessable"),
        ("text/plain", vec![0u8, 159, 146, 150, 0, 0, 1, 2, 3], StatusCode::UNPROCESSABLE_ENTITY, "unprocessable"),
        ("application/json", b"{\"text\": 3}".to_vec(), StatusCode::BAD_REQUEST, "bad_request"),
        ("application/json", b"{}".to_vec(), StatusCode::BAD_REQUEST, "bad_request"),
        (
            "application/json",
            b"{\"text\": \"x y z.\", \"url\": \"javascript:alert(1)\"}".to_vec(),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            "application/json",
            b"{\"text\": \"x y z.\", \"published\": \"soon\"}".to_vec(),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            "text/plain",
            vec![b'a'; dossier_server::MAX_BODY_BYTES + 10],
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
    ];
    for (ct, body, status, code) in cases {
        let res = post(&s, "/api/v1/documents", ct, body).await;
        assert_eq!(res.status, status, "{ct}: {}", res.body);
        let v = res.json();
        assert_eq!(v["error"]["code"], code);
        let msg = v["error"]["message"].as_str().unwrap();
        assert!(!msg.contains(".db") && !msg.contains("/tmp") && !msg.contains("SQL"), "leaks internals: {msg}");
    }
    let no_type = send(&s, Request::post("/api/v1/documents").body(Body::from("text")).unwrap()).await;
    assert_eq!(no_type.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn writes_need_the_token_when_configured() {
    let path = example_store("router-token");
    let s = state(&path, WritePolicy::Token("s3cret".into()));
    let body = "Token test. The mayor said the bridge would reopen.";
    let res = post(&s, "/api/v1/documents", "text/plain", body).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let req = Request::post("/api/v1/documents")
        .header("content-type", "text/plain")
        .header("authorization", "Bearer s3cret")
        .body(Body::from(body))
        .unwrap();
    assert_eq!(send(&s, req).await.status, StatusCode::CREATED);
    // Reads never need it.
    assert_eq!(get(&s, "/api/v1/documents").await.status, StatusCode::OK);
    let closed = state(&path, WritePolicy::Closed);
    assert_eq!(post(&closed, "/api/v1/documents", "text/plain", body).await.status, StatusCode::FORBIDDEN);
    let open = state(&path, WritePolicy::Open);
    let cross = Request::post("/api/v1/documents")
        .header("content-type", "text/plain")
        .header("origin", "https://evil.example")
        .header("host", "127.0.0.1:8080")
        .body(Body::from(body))
        .unwrap();
    assert_eq!(send(&open, cross).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn events_and_tension_answer_and_refuse_bad_parameters() {
    let s = open();
    let all = get(&s, "/api/v1/events").await;
    assert!(all.status.is_success());
    let events = all.json();
    for e in events.as_array().unwrap() {
        assert!(e["code"].as_str().unwrap().starts_with(e["root"].as_str().unwrap()), "{e}");
        assert!(e["chain"][0] == "author", "{e}");
        assert!(e["sentence_text"].as_str().unwrap().contains(e["trigger"].as_str().unwrap()), "{e}");
    }
    let report = get(&s, "/api/v1/tension?a=Poland&b=Belarus&by=week").await.json();
    assert_eq!(report["by"], "week");
    assert_eq!(report["a"]["query"], "Poland");
    assert!(report["periods"].is_array() && report["incidents"].is_array());
    // Every incident a period counts is listed with its reports.
    for p in report["periods"].as_array().unwrap() {
        for n in p["incidents"].as_array().unwrap() {
            let inc = &report["incidents"][n.as_u64().unwrap() as usize - 1];
            assert_eq!(&inc["number"], n);
            assert!(!inc["reports"].as_array().unwrap().is_empty());
        }
    }
    for bad in [
        "/api/v1/tension?a=Poland&b=Belarus&by=fortnight",
        "/api/v1/tension?a=Poland&b=Belarus&from=last%20week",
        "/api/v1/tension?a=&b=Belarus",
        "/api/v1/tension?a=Poland",
        "/api/v1/events?with=Belarus",
        "/api/v1/events?root=195",
    ] {
        let res = get(&s, bad).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{bad}: {}", res.body);
    }
}

#[tokio::test]
async fn a_denied_claim_carries_its_act_in_the_api_the_table_and_the_reader() {
    // The example articles hold denials ("firmly rejected the accusation");
    // their claims must never read as the denier's assertion.
    let s = open();
    let claims = get(&s, "/api/v1/claims").await.json();
    let denied = claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["speech_act"] == "deny")
        .unwrap_or_else(|| panic!("no denied claim: {claims}"));
    assert!(denied["cue"].as_str().is_some_and(|c| !c.is_empty()), "{denied}");
    assert!(claims.as_array().unwrap().iter().any(|c| c["holder"] == "author" && c["speech_act"].is_null()));
    let table = get(&s, "/claims").await;
    assert!(table.body.contains("class=\"act act-deny\""), "no deny mark in the claim table");
    let doc = denied["doc_id"].as_str().unwrap();
    let reader = get(&s, &format!("/documents/{doc}")).await;
    assert!(reader.body.contains("speech act") && reader.body.contains("deny ("), "no speech act in the reader");
}
