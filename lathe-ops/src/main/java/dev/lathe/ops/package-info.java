/** Lathe ops module; its capability arrives with its issue. */
package dev.lathe.ops;
