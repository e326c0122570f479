/** Rules and optimizer phases over logical plans, and culling of lowered graphs. */
module dev.floe.planner {
  requires transitive dev.floe.runtime;

  exports dev.floe.planner.optimize to dev.floe.frame, dev.floe.array;
}
