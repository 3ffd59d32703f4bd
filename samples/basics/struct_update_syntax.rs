//! Struct update syntax
//! `..base` fills the remaining fields from another value; fields that are not Copy are moved out of it.

#[derive(Debug, Clone, PartialEq)]
struct ServerConfig {
    host: String,
    port: u16,
    workers: usize,
    tls: bool,
    tags: Vec<String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            host: "localhost".into(),
            port: 8080,
            workers: 4,
            tls: false,
            tags: vec![],
        }
    }
}

// Tuple structs and unit structs have literal forms too.
#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);
#[derive(Debug)]
struct Marker;

fn production(host: String) -> ServerConfig {
    // Field init shorthand (`host`) plus update syntax from Default.
    ServerConfig { host, tls: true, port: 443, ..Default::default() }
}

fn main() {
    let dev = ServerConfig::default();
    let prod = production("example.org".to_owned());

    // Only Copy fields are taken from `dev` here, so `dev` stays usable.
    let busy_dev = ServerConfig { workers: 16, host: "dev-2".into(), tags: vec!["busy".into()], ..dev };
    println!("{dev:?}\n{busy_dev:?}");

    // This takes `host` and `tags` (not Copy) from `prod`: they are moved out.
    let staging = ServerConfig { port: 8443, ..prod };
    println!("{staging:?}");
    // println!("{}", prod.host); // error[E0382]: borrow of moved value: `prod.host`
    println!("prod still has its Copy fields: port {} tls {}", prod.port, prod.tls);

    // Clone first when the base must stay whole.
    let copy = ServerConfig { workers: 1, ..staging.clone() };
    println!("copy differs from staging: {}", copy != staging);

    let base = Rgb(10, 20, 30);
    let Rgb(r, g, b) = base;
    let tinted = Rgb { 0: 255, ..base };
    println!("{r} {g} {b} -> {tinted:?} {:?}", Marker);
}
