/** FollowTheMoney sanctioned parties: start with {@link dev.spillover.screening.list.ftm.FtmListReader}. */
package dev.spillover.screening.list.ftm;
