/// Deterministic, realistic-looking data for load tests: the n-th user or product is always the same,
/// so scenario data files and reruns line up. Pure; the seeder writes what this decides.
struct SeedCatalog: Sendable {
    static let adjectives = ["Classic", "Modern", "Rugged", "Compact", "Deluxe", "Organic", "Wireless", "Vintage", "Smart", "Eco"]
    static let nouns = ["Backpack", "Headphones", "Kettle", "Lamp", "Notebook", "Sneakers", "Watch", "Blender", "Jacket", "Mug"]
    static let colors = ["black", "white", "red", "blue", "green", "grey"]
    static let categories = ["outdoor", "audio", "kitchen", "home", "office", "apparel"]
    static let firstNames = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia", "Tim"]
    static let lastNames = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Perlman", "Berners-Lee"]

    /// The password every seeded user gets, written to the credentials CSV.
    let password: String

    struct SeedUser: Sendable, Equatable {
        var email: String
        var name: String
    }

    struct SeedProduct: Sendable, Equatable {
        var name: String
        var description: String
        var price: Int
        var stock: Int
        var attributes: [String: JSONValue]
    }

    func user(_ index: Int) -> SeedUser {
        let first = Self.firstNames[index % Self.firstNames.count]
        let last = Self.lastNames[(index / Self.firstNames.count) % Self.lastNames.count]
        return SeedUser(email: "user\(index)@storefront.test", name: "\(first) \(last)")
    }

    func product(_ index: Int) -> SeedProduct {
        let adjective = Self.adjectives[index % Self.adjectives.count]
        let noun = Self.nouns[(index / Self.adjectives.count) % Self.nouns.count]
        let color = Self.colors[index % Self.colors.count]
        let category = Self.categories[(index / 3) % Self.categories.count]
        return SeedProduct(
            name: "\(adjective) \(noun) \(index)",
            description: "A \(color) \(adjective.lowercased()) \(noun.lowercased()) for \(category) use.",
            price: 199 + (index * 7919) % 49_800,
            stock: 50 + (index * 31) % 950,
            attributes: ["color": .string(color), "category": .string(category), "sku": .string("SKU-\(100_000 + index)")]
        )
    }
}
