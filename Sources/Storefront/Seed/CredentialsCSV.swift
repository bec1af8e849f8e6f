/// The seeded users' logins as CSV (`email,password`), for scenario data files.
enum CredentialsCSV {
    static func render(_ rows: [(email: String, password: String)]) -> String {
        (["email,password"] + rows.map { "\(escape($0.email)),\(escape($0.password))" }).joined(separator: "\n") + "\n"
    }

    private static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
