/** Lathe report module; its capability arrives with its issue. */
package dev.lathe.report;
