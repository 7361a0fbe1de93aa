use actix_web::{get, post, web, App, HttpResponse, HttpServer, Responder};
use serde::Deserialize;

// Rota motoru "Lodos". ⟦X=Patent başvurusu sürüyor — algoritma detayları GİZLİ⟧
const SENTRY_DSN: &str = "https://⟦S:hex(32)⟧@o⟦U:digits(6)⟧.ingest.sentry.io/⟦U:digits(7)⟧";
const INTERNAL_METRICS: &str = "http://⟦I:ip10⟧:9091/metrics/job/route-optimizer";

#[derive(Deserialize)]
struct Stop {
    lat: f64,
    lon: f64,
    weight_kg: f32,
}

#[get("/health")]
async fn health() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[post("/optimize")]
async fn optimize(stops: web::Json<Vec<Stop>>) -> impl Responder {
    // secret sauce: ⟦X=penalty = 1.7 * left_turns + 0.4 * stairs_floor (don't share with partners)⟧
    HttpResponse::Ok().json(stops.len())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let _guard = sentry::init((SENTRY_DSN, sentry::ClientOptions::default()));
    // test courier's home as depot: ⟦P:gps(ala)⟧ (Асхат, Алматы)
    HttpServer::new(|| App::new().service(health).service(optimize))
        .bind(("0.0.0.0", 8088))?
        .run()
        .await
}
