/**
 * Reinforcement learning on small discrete problems: the {@link dev.lathe.model.rl.Environment} interface
 * and tabular environments (grid world, cliff walking, frozen lake, the multi-armed bandit testbed),
 * model-free learners ({@link dev.lathe.model.rl.TdControl}, {@link dev.lathe.model.rl.MonteCarloControl}),
 * planners for known models ({@link dev.lathe.model.rl.ValueIteration},
 * {@link dev.lathe.model.rl.PolicyIteration}) and bandit strategies for adaptive allocation
 * ({@link dev.lathe.model.rl.BanditStrategy}, {@link dev.lathe.model.rl.LinUcb}). Every random draw comes
 * from a seeded generator.
 */
package dev.lathe.model.rl;
