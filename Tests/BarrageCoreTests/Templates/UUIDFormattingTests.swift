import Testing

@testable import BarrageCore

@Suite("uuid formatting")
struct UUIDFormattingTests {
    @Test("the 128 random bits are laid out in order, with the version and variant bits set")
    func layout() {
        #expect(TemplateFunction.uuid(0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210) == "01234567-89ab-4def-bedc-ba9876543210")
        #expect(TemplateFunction.uuid(0, 0) == "00000000-0000-4000-8000-000000000000")
        #expect(TemplateFunction.uuid(.max, .max) == "ffffffff-ffff-4fff-bfff-ffffffffffff")
    }
}
