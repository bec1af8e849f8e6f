import Foundation
import NIOCore

/// A catalogue response body as both cache layers keep it: the JSON with every product's `stock` left
/// out, and where each product object closes, so the current stock is put in when the body is served.
///
/// Stock is the one field that changes with every order. Keeping it out of cached bodies lets a sale
/// change one figure in the `StockBook` instead of evicting every product and listing page that shows
/// the product. Slots are found by construction (each product is encoded on its own), never by
/// searching the text, so no product name or attribute can forge one.
struct CatalogTemplate: Sendable, Equatable {
    /// A product object in `json`: the offset of its closing brace, and whose stock goes before it.
    struct Slot: Sendable, Equatable {
        var offset: Int
        var productID: UUID
    }

    /// The body without stock: valid JSON on its own.
    let json: [UInt8]
    /// In increasing offset order.
    let slots: [Slot]

    init(json: [UInt8], slots: [Slot]) {
        self.json = json
        self.slots = slots
    }

    /// The products whose stock the body shows.
    var productIDs: [UUID] { slots.map(\.productID) }

    /// The response body: `json` with `,"stock":N` before each product's closing brace, N from `stock`
    /// (a product missing there is shown with stock 0, which `StockBook` never lets happen).
    func render(stock: [UUID: Int]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(json.count + slots.count * 20)
        var start = 0
        for slot in slots {
            buffer.writeBytes(json[start..<slot.offset])
            buffer.writeStaticString(#","stock":"#)
            buffer.writeString(String(stock[slot.productID] ?? 0))
            start = slot.offset
        }
        buffer.writeBytes(json[start...])
        return buffer
    }
}

extension CatalogTemplate {
    private static let magic = "catalog-template/1"

    /// The form stored in Redis: a header line with the slot count, one `offset uuid` line per slot,
    /// then the JSON.
    var serialized: ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeString("\(Self.magic) \(slots.count)\n")
        for slot in slots {
            buffer.writeString("\(slot.offset) \(slot.productID.uuidString.lowercased())\n")
        }
        buffer.writeBytes(json)
        return buffer
    }

    /// Reads `serialized`'s form back; nil for anything else (an entry written by an older version of
    /// the server, which the caller then treats as a miss and overwrites).
    init?(serialized buffer: ByteBuffer) {
        var buffer = buffer
        guard let header = buffer.readLine(), header.hasPrefix(Self.magic + " "),
            let count = Int(header.dropFirst(Self.magic.count + 1)), count >= 0
        else { return nil }
        var slots: [Slot] = []
        slots.reserveCapacity(count)
        for _ in 0..<count {
            guard let line = buffer.readLine() else { return nil }
            let fields = line.split(separator: " ")
            guard fields.count == 2, let offset = Int(fields[0]), let id = UUID(uuidString: String(fields[1])) else { return nil }
            slots.append(Slot(offset: offset, productID: id))
        }
        let json = Array(buffer.readableBytesView)
        var previous = 0
        for slot in slots {
            guard slot.offset >= previous, slot.offset < json.count, json[slot.offset] == UInt8(ascii: "}") else { return nil }
            previous = slot.offset
        }
        self.init(json: json, slots: slots)
    }
}

extension ByteBuffer {
    /// The text up to the next newline (consumed, not returned), or nil when there is none.
    fileprivate mutating func readLine() -> String? {
        guard let end = readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = readString(length: end - readerIndex)
        moveReaderIndex(forwardBy: 1)
        return line
    }
}
