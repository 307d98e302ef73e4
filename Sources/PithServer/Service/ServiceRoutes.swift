package import HTTPTypes

/// The service's endpoints: what the router serves, what 405 answers name, and what
/// `openapi.json` documents (a test holds the three together).
package enum ServiceRoutes {
    /// The reader page.
    package static let reader = "/"
    /// Extraction: `GET` fetches `?url=`, `POST` takes HTML or JSON.
    package static let extract = "/v1/extract"
    /// Liveness.
    package static let health = "/healthz"
    /// Prometheus metrics.
    package static let metrics = "/metrics"
    /// The OpenAPI document.
    package static let openAPI = "/openapi.json"

    /// Each path with its methods.
    package static let methods: [String: [HTTPRequest.Method]] = [
        reader: [.get],
        extract: [.get, .post],
        health: [.get],
        metrics: [.get],
        openAPI: [.get],
    ]
}
