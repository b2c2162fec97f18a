/** China's counter-sanctions lists: start with {@link dev.spillover.screening.list.cn.CounterSanctionsReader}. */
package dev.spillover.screening.list.cn;
