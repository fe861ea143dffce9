package dev.lathe.stats.causal;

/**
 * The 2x2 difference-in-differences table of means (Card and Krueger 1994, Table 3): each group's mean in
 * each period, the treated-minus-control difference in each period, each group's change, and the
 * difference in differences, all with standard errors.
 *
 * @param controlPre     control group, pre period
 * @param controlPost    control group, post period
 * @param treatedPre     treated group, pre period
 * @param treatedPost    treated group, post period
 * @param differencePre  treated - control before (independent groups)
 * @param differencePost treated - control after
 * @param changeControl  control post - pre; with a unit column, the covariance of units seen in both periods
 *                       is taken into account
 * @param changeTreated  treated post - pre, likewise
 * @param did            changeTreated - changeControl, SE from the two within-group variances
 * @param paired         whether the change standard errors use the unit pairing
 * @param balanced       whether only units observed in both periods were used
 * @param rows           the rows used
 */
public record DidTable(CellMean controlPre, CellMean controlPost, CellMean treatedPre, CellMean treatedPost,
                       Contrast differencePre, Contrast differencePost, Contrast changeControl,
                       Contrast changeTreated, Contrast did, boolean paired, boolean balanced, int rows) {
}
