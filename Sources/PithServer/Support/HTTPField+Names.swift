import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy`, which HTTPTypes does not name.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
