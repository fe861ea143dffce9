/**
 * Routing of columns to transformers: {@link dev.lathe.prep.route.ColumnRouter} fits each transformer on the
 * columns a selector chooses and passes the other columns through.
 */
package dev.lathe.prep.route;
