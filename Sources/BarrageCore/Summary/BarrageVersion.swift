/// The version printed by `barrage version` and recorded in every summary, so a report says
/// which build produced it.
public enum BarrageVersion {
    public static let current = "0.1.0"
}
