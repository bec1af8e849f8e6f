/// The tags a sample carries (`name`, `scenario`, `method`, `status`, user tags …), as one small value.
///
/// Tags are kept sorted by key with unique keys, so equal sets compare equal regardless of how they were
/// built. The hash is the wrapping sum of per-tag hashes, kept up to date as tags are set: the collector
/// looks every request's tag set up in a cache, and adding `status` to a step's tags then costs one tag's
/// hash instead of rehashing the whole set.
public struct TagSet: Sendable {
    /// One key/value pair.
    public struct Tag: Sendable, Hashable {
        /// The tag's key, e.g. `method`.
        public let key: String
        /// The tag's value, e.g. `GET`.
        public let value: String

        /// Creates a tag.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The pairs, sorted by key; each key appears once.
    public private(set) var tags: [Tag]
    private var storedHash: Int

    /// An empty set.
    public init() {
        self.tags = []
        self.storedHash = 0
    }

    /// A set of these pairs; when a key repeats, the last value wins.
    public init(_ pairs: some Sequence<(key: String, value: String)>) {
        self.init()
        for (key, value) in pairs {
            set(Tag(key: key, value: value))
        }
    }

    /// The value of `key`, or `nil` when the set has no such tag.
    public subscript(key: String) -> String? {
        tags.first { $0.key == key }?.value
    }

    /// Whether the set has no tags.
    public var isEmpty: Bool { tags.isEmpty }

    /// The number of tags.
    public var count: Int { tags.count }

    /// This set with `key` set to `value`, replacing any previous value.
    public func setting(_ key: String, to value: String) -> TagSet {
        var copy = self
        copy.set(Tag(key: key, value: value))
        return copy
    }

    /// This set with every tag of `other` added; `other` wins where both have a key.
    public func merging(_ other: TagSet) -> TagSet {
        var copy = self
        for tag in other.tags {
            copy.set(tag)
        }
        return copy
    }

    /// Whether every tag of `subset` is present here with the same value; how sub-metric filters match.
    public func contains(_ subset: TagSet) -> Bool {
        var index = tags.startIndex
        for wanted in subset.tags {
            while index < tags.endIndex, tags[index].key < wanted.key {
                index += 1
            }
            guard index < tags.endIndex, tags[index] == wanted else { return false }
            index += 1
        }
        return true
    }

    /// Inserts or replaces `tag`, keeping the order and the running hash.
    private mutating func set(_ tag: Tag) {
        guard let index = tags.firstIndex(where: { $0.key >= tag.key }) else {
            tags.append(tag)
            storedHash &+= tag.hashValue
            return
        }
        if tags[index].key == tag.key {
            storedHash &-= tags[index].hashValue
            tags[index] = tag
        } else {
            tags.insert(tag, at: index)
        }
        storedHash &+= tag.hashValue
    }
}

extension TagSet: Hashable {
    /// Compares the cached hashes first, so unequal sets are usually told apart without comparing strings.
    public static func == (lhs: TagSet, rhs: TagSet) -> Bool {
        lhs.storedHash == rhs.storedHash && lhs.tags == rhs.tags
    }

    /// Feeds the running hash kept as tags were set.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedHash)
    }
}

extension TagSet: ExpressibleByDictionaryLiteral {
    /// Lets tests and call sites write `["method": "GET", "name": "login"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}

extension TagSet: CustomStringConvertible {
    /// `{method:GET,name:login}`, the same shape as a sub-metric key.
    public var description: String {
        "{" + tags.map { "\($0.key):\($0.value)" }.joined(separator: ",") + "}"
    }
}

extension TagSet: Codable {
    /// Decodes from a JSON object of string values, the shape reports use.
    public init(from decoder: any Decoder) throws {
        let dictionary = try decoder.singleValueContainer().decode([String: String].self)
        self.init(dictionary.map { (key: $0.key, value: $0.value) })
    }

    /// Encodes as a JSON object of string values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: tags.map { ($0.key, $0.value) }))
    }
}
